using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Engine;

public class BadInputTests
{
    [Fact]
    public async Task A_missing_file_is_refused_and_nothing_is_sent_for_the_others()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var good = dir.CreateFile("good.bin", 10);

        var results = await TestSandbox.Uploader(sandbox, dir.Path).UploadAsync([new(good), new("missing.bin")]);

        Assert.Equal(ErrorCodes.NotAttempted, results[0].Error?.Code);
        Assert.Equal(ErrorCodes.FileNotFound, results[1].Error?.Code);
        Assert.Contains("missing.bin", results[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.ChunkRequestCount);
        Assert.Equal(0, sandbox.UploadVariablesRequestCount);
    }

    [Fact]
    public async Task A_directory_is_refused()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "folder"));
        await using var sandbox = await TestSandbox.StartAsync();

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, "folder");

        Assert.Equal(ErrorCodes.PathIsDirectory, result.Error?.Code);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task An_empty_file_is_refused_before_any_byte_is_sent()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var empty = dir.CreateFile("empty.bin", 0);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, empty);

        Assert.Equal(ErrorCodes.EmptyFile, result.Error?.Code);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }

    [Theory]
    [InlineData(1000, 1000)]
    [InlineData(1000, 1001)]
    public async Task A_file_not_smaller_than_max_file_size_is_refused_before_any_byte_is_sent(long limit, long size)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxFileSize = limit);
        var big = dir.CreateFile("big.bin", size);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, big);

        Assert.Equal(ErrorCodes.FileTooLarge, result.Error?.Code);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task A_file_one_byte_under_max_file_size_is_accepted()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxFileSize = 1000);
        var path = dir.CreateFile("fits.bin", 999);

        TestSandbox.AssertStoredIdentically(sandbox, await TestSandbox.UploadOneAsync(sandbox, dir.Path, path), path);
    }

    [Theory]
    [InlineData(new[] { "9" }, ErrorCodes.UnknownMirror)]
    [InlineData(new[] { "4" }, ErrorCodes.MirrorDisabled)]
    [InlineData(new[] { "1", "2", "3", "5" }, ErrorCodes.UnknownMirror)]
    public async Task Mirrors_the_account_does_not_allow_are_refused_before_any_byte_is_sent(string[] mirrors, string code)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("m.bin", 10);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Mirrors = mirrors });

        Assert.Equal(code, result.Error?.Code);
        Assert.Contains("1, 2, 3", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task More_mirrors_than_max_mirrors_are_refused()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxMirrors = 2);
        var path = dir.CreateFile("m.bin", 10);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Mirrors = ["1", "2", "3"] });

        Assert.Equal(ErrorCodes.TooManyMirrors, result.Error?.Code);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task Wrong_credentials_show_the_servers_words_and_send_no_bytes()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("c.bin", 10);
        var uploader = new MirrorAceUploader(new MirrorAceCredentials("wrong-key-123", "wrong-token-456"),
            new UploadOptions { ApiUrl = sandbox.ApiUrl, BaseDirectory = dir.Path, Retry = TestSandbox.QuickRetry });

        var result = Assert.Single(await uploader.UploadAsync([new(path)]));

        Assert.Equal(ErrorCodes.ServerRefused, result.Error?.Code);
        Assert.False(string.IsNullOrEmpty(result.Error!.ServerMessage));
        Assert.Contains("MIRRORACE_API_KEY", result.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key-123", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }

    [Theory]
    [InlineData(FaultKind.Html200, "HTML")]
    [InlineData(FaultKind.Garbage200, "not JSON")]
    [InlineData(FaultKind.Html500, "HTTP 500")]
    public async Task A_server_answering_html_or_garbage_gives_a_typed_error_quoting_what_came_back(FaultKind fault, string expected)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.Faults.Add(new Fault(fault, Endpoint.UploadVariables, Times: 100));
        var path = dir.CreateFile("h.bin", 10);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.Equal(ErrorCodes.UnreadableAnswer, result.Error?.Code);
        Assert.Contains(expected, result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("First bytes: \"", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }

    [Theory]
    [InlineData("http://mirrorace.example/api/v1/")]
    [InlineData("http://10.1.2.3/api/v1/")]
    public void Plain_http_to_anything_but_loopback_is_refused(string url)
    {
        var error = Assert.Throws<MirrorAceException>(() =>
            new MirrorAceUploader(new MirrorAceCredentials("k-123456", "t-123456"), new UploadOptions { ApiUrl = new Uri(url) }));

        Assert.Equal(ErrorCodes.InsecureUrl, error.Code);
        Assert.Contains("https://", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:1/api/v1/")]
    [InlineData("http://localhost:1/api/v1/")]
    [InlineData("http://[::1]:1/api/v1/")]
    public void Plain_http_to_loopback_is_allowed(string url)
    {
        var uploader = new MirrorAceUploader(new MirrorAceCredentials("k-123456", "t-123456"), new UploadOptions { ApiUrl = new Uri(url) });
        Assert.Equal(url, uploader.Client.ApiUrl.AbsoluteUri);
    }

    [Fact]
    public void Missing_credentials_name_the_variable_to_set()
    {
        var error = Assert.Throws<MirrorAceException>(() => MirrorAceCredentials.FromEnvironment(read: name => name == "MIRRORACE_API_KEY" ? "k" : null));

        Assert.Equal(ErrorCodes.MissingCredentials, error.Code);
        Assert.Contains("MIRRORACE_API_TOKEN", error.Message, StringComparison.Ordinal);
    }
}
