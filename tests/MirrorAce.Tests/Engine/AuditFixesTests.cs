using System.Net;
using System.Text;
using MirrorAce.Api;
using MirrorAce.Http;
using MirrorAce.Output;
using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Engine;

/// <summary>Cases a review of the engine against the protocol notes turned up.</summary>
public class AuditFixesTests
{
    [Fact]
    public async Task A_slow_link_shows_progress_to_the_stall_watchdog_well_within_a_buffer()
    {
        using var dir = new TempDirectory();
        var path = dir.CreateFile("slow-link.bin", 1 << 20);
        using var file = File.OpenHandle(path);
        // Warm up first (JIT, loading the crypto library), which otherwise stalls the thread pool once, in any code.
        using (var warm = new FileHasher())
            await new ChunkContent(file, 0, 0, 1 << 20, warm, null, null).CopyToAsync(Stream.Null);
        using var hasher = new FileHasher();
        var stamps = new List<long>();
        var content = new ChunkContent(file, 0, 0, 1 << 20, hasher, null, _ => stamps.Add(Environment.TickCount64));
        var slow = new SlowLink(bytesPerSecond: 1_000_000);

        await content.CopyToAsync(slow);

        // Progress (what the stall watchdog watches) is recorded per slice: at 1 MB/s a 64 KiB slice takes
        // 66 ms where a whole 1 MiB buffer would take a second. Gaps are counted between reports; the margin
        // absorbs a busy machine.
        var gaps = stamps.Zip(stamps.Skip(1), (a, b) => b - a).ToList();
        Assert.True(gaps.Count >= 15, $"only {stamps.Count} progress reports for 1 MiB");
        var typical = gaps.Order().ElementAt(gaps.Count / 2);
        Assert.True(typical < 200, $"typical gap between progress reports: {typical} ms ({string.Join(",", gaps)})");
        Assert.Equal(1 << 20, slow.Written);
        Assert.True(content.BodySent);
    }

    /// <summary>A sink that takes time in proportion to what is written, like a slow upload link.</summary>
    private sealed class SlowLink(long bytesPerSecond) : Stream
    {
        public long Written { get; private set; }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromSeconds((double)buffer.Length / bytesPerSecond), cancellationToken);
            Written += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Written;
        public override long Position { get => Written; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    [Fact]
    public async Task The_same_refusal_with_fresh_variables_ends_the_file_instead_of_resending_it_again_and_again()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("refused.bin", 1000);
        sandbox.Faults.Add(new Fault(FaultKind.StatusError, Endpoint.Chunk, Times: 100));

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.Equal(ErrorCodes.ServerRefused, result.Error?.Code);
        Assert.Equal("Injected error", result.Error!.ServerMessage);
        Assert.Equal(4, sandbox.ChunkRequestCount); // twice in place, then once more with fresh variables: twice
    }

    [Fact]
    public async Task A_server_that_lists_no_mirrors_gets_none_sent_to_it()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.Mirrors = new Dictionary<string, bool>());
        var path = dir.CreateFile("m.bin", 10);

        var defaults = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);
        var chosen = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Mirrors = ["1"] });

        Assert.Equal(ErrorCodes.NoMirrors, defaults.Error?.Code);
        Assert.Equal(ErrorCodes.UnknownMirror, chosen.Error?.Code);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task A_failed_verification_still_names_the_link_of_the_uploaded_file()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.NewFileStatus = "not found");
        var path = dir.CreateFile("lost.bin", 10);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.Equal(ErrorCodes.VerificationFailed, result.Error?.Code);
        var stored = Assert.Single(sandbox.Files);
        Assert.Contains($"/m/{stored.Slug}", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(3, sandbox.FileInfoRequestCount); // asked again before giving up
    }

    [Fact]
    public async Task A_remote_upload_is_sent_as_multipart_form_data()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var origin = (await TestSandbox.UploadOneAsync(sandbox, dir.Path, dir.CreateFile("o.bin", 100))).File!;
        var client = new MirrorAceClient(TestSandbox.Credentials(sandbox), sandbox.ApiUrl, TestSandbox.QuickRetry);

        await client.UploadFromUrlAsync(await client.GetUploadVariablesAsync(), new Uri(sandbox.ApiUrl, $"/m/{origin.Slug}/download"), ["1"]);

        var remote = Assert.Single(sandbox.Requests, r => r.Endpoint == Endpoint.Remote);
        Assert.StartsWith("multipart/form-data; boundary=", remote.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Null(remote.FileContentDisposition);
    }

    [Fact]
    public void A_byte_order_mark_before_the_json_is_skipped()
    {
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"status":"success","result":{"a":1}}""")).ToArray();

        var result = AnswerReader.ReadResult(body, UploadStep.FileInfo, new SecretRedactor([]));

        Assert.Equal(1, result.GetProperty("a").GetInt32());
    }

    [Fact]
    public void A_refusal_spanning_lines_becomes_one_line()
    {
        var body = Encoding.UTF8.GetBytes("""{"status":"error","result":"Bad key.\nTry again.\r\n"}""");

        var error = Assert.Throws<MirrorAceException>(() => AnswerReader.ReadResult(body, UploadStep.FileInfo, new SecretRedactor([])));

        Assert.Equal("Bad key. Try again.", error.ServerMessage);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_secret_across_the_quotes_cut_is_blanked_whole()
    {
        const string secret = "api-key-0123456789abcdef";
        var body = Encoding.UTF8.GetBytes("<html>" + new string('x', 150) + secret + "</html>");

        var quote = AnswerReader.Quote(body, new SecretRedactor([secret]));

        Assert.DoesNotContain("api-key-01", quote, StringComparison.Ordinal);
        Assert.DoesNotContain("api-", quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_echoed_urlencoded_with_plus_or_json_escaped_are_blanked()
    {
        var redactor = new SecretRedactor(["pass word \"q\""]);

        Assert.Equal("a *** b *** c", redactor.Redact("a pass+word+%22q%22 b pass word \\u0022q\\u0022 c"));
    }

    [Fact]
    public async Task A_body_labelled_as_compressed_is_read_as_it_is()
    {
        var handler = new Labelled("""{"status":"success","result":{"x":{"slug":"x","status":"active","size":"5"}}}""", "gzip");
        var client = new MirrorAceClient(new MirrorAceCredentials("key-12345", "token-12345"), new Uri("https://mirrorace.example/api/v1/"),
            TestSandbox.QuickRetry, httpClient: new HttpClient(handler));

        var info = (await client.GetFileInfoAsync(["x"]))["x"];

        Assert.True(info.IsActive);
    }

    [Fact]
    public void Options_never_print_the_file_password()
    {
        var text = new UploadOptions { FilePassword = "s3cret-file-pw" }.ToString();

        Assert.DoesNotContain("s3cret-file-pw", text, StringComparison.Ordinal);
        Assert.Contains("FilePassword = ***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mirrored_url_keeps_the_sha256_field_as_null()
    {
        var json = LinksJson.Render([new UploadedFile("a.zip", "https://example.com/a.zip", 5, "", "s", "https://mirrorace.com/m/s", ["1"])]);

        Assert.Contains("\"sha256\": null", json, StringComparison.Ordinal);
    }

    private sealed class Labelled(string body, string encoding) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StringContent(body, Encoding.UTF8, "application/json");
            content.Headers.ContentEncoding.Add(encoding);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }
}
