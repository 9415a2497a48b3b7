
namespace MirrorAce.BuildTasks.Tests.Unit;

public sealed class ErrorReportingTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_missing_file_is_an_MA1001_error_located_at_that_file_and_nothing_is_sent()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("present.bin", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("present.bin"), TaskHarness.Item("missing.zip"));

        Assert.False(task.Execute());

        var missing = Assert.Single(_engine.Errors, e => e.Code == ErrorCodes.FileNotFound);
        Assert.Equal(Path.Combine(_folder.Path, "missing.zip"), missing.File);
        Assert.DoesNotContain(missing.File + ":", missing.Message, StringComparison.Ordinal);
        var other = Assert.Single(_engine.Errors, e => e.Code == ErrorCodes.NotAttempted);
        Assert.Equal(Path.Combine(_folder.Path, "present.bin"), other.File);
        Assert.Equal(0, sandbox.ChunkRequestCount);
        Assert.Empty(task.UploadedFiles);
    }

    [Fact]
    public async Task A_mirror_the_account_does_not_offer_is_an_MA1010_error_located_at_that_file()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin", mirrors: "9"));

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(ErrorCodes.UnknownMirror, error.Code);
        Assert.Equal(Path.Combine(_folder.Path, "a.bin"), error.File);
    }

    [Fact]
    public async Task Missing_credentials_are_an_MA1020_error_naming_the_variable_and_nothing_reaches_the_server()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"));
        task.ApiKeyVariable = "MIRRORACE_TEST_KEY_THAT_IS_NOT_SET";

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(ErrorCodes.MissingCredentials, error.Code);
        Assert.Contains("MIRRORACE_TEST_KEY_THAT_IS_NOT_SET", error.Message, StringComparison.Ordinal);
        // Without a location of its own, MSBuild's logging helper points at the task in the targets file.
        Assert.Equal(_engine.ProjectFileOfTaskNode, error.File);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task The_token_variable_name_is_honoured_too()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"));
        task.ApiTokenVariable = "MIRRORACE_TEST_TOKEN_THAT_IS_NOT_SET";

        Assert.False(task.Execute());

        Assert.Contains("MIRRORACE_TEST_TOKEN_THAT_IS_NOT_SET", Assert.Single(_engine.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_http_to_a_remote_host_is_an_MA1021_error()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"));
        task.ApiUrl = "http://mirrorace.example/api/v1/";

        Assert.False(task.Execute());

        Assert.Equal(ErrorCodes.InsecureUrl, Assert.Single(_engine.Errors).Code);
    }

    [Theory]
    [InlineData("not a url", 2, 0)]
    [InlineData("", 0, 0)]
    [InlineData("", 2, -1)]
    public async Task A_malformed_parameter_is_an_MA1022_error(string apiUrl, int parallel, long chunkSize)
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"));
        task.ApiUrl = apiUrl;
        task.Parallel = parallel;
        task.ChunkSize = chunkSize;

        Assert.False(task.Execute());

        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Single(_engine.Errors).Code);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task Files_that_succeeded_keep_their_items_and_links_when_another_fails_on_the_server()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        _folder.CreateFile("b.bin", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"), TaskHarness.Item("b.bin"));
        task.Parallel = 1;
        task.LinksFile = Path.Combine(_folder.Path, "links.json");
        // The second file's upload variables are refused, again and again: every retry and restart fails.
        sandbox.Faults.Add(new Sandbox.Fault(Sandbox.FaultKind.StatusError, Sandbox.Endpoint.UploadVariables, OnRequest: 3, Times: 100));

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(ErrorCodes.ServerRefused, error.Code);
        Assert.Equal(Path.Combine(_folder.Path, "b.bin"), error.File);
        Assert.Equal("a.bin", Assert.Single(task.UploadedFiles).ItemSpec);
        Assert.Contains(task.UploadedFiles[0].GetMetadata("Slug"), File.ReadAllText(task.LinksFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_links_file_that_cannot_be_written_is_an_MA1008_error_at_that_path_and_the_items_still_come_back()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"));
        // Its folder would have to be a file that exists.
        task.LinksFile = Path.Combine(_folder.Path, "a.bin", "links.json");

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(ErrorCodes.LinksNotWritten, error.Code);
        Assert.Contains("MirrorAceLinksFile", error.Message, StringComparison.Ordinal);
        Assert.Equal(task.LinksFile, error.File);
        Assert.Single(task.UploadedFiles);
    }

    [Fact]
    public async Task A_cache_that_cannot_be_written_is_an_MA1009_warning_not_a_failed_build()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"));
        task.CacheFile = Path.Combine(_folder.Path, "a.bin", "cache.json");

        Assert.True(task.Execute(), string.Join("\n", _engine.AllText));

        Assert.Equal(ErrorCodes.CacheNotWritten, Assert.Single(_engine.Warnings).Code);
    }
}
