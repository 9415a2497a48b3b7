using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Engine;

public class FileIntegrityTests
{
    private const long Chunk = 64 * 1024;

    [Fact]
    public async Task A_file_that_grows_while_uploading_fails_and_publishes_no_link()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);
        var path = dir.CreateFile("growing.log", 3 * Chunk);
        var listener = new ActingListener(p =>
        {
            if (p.FileBytes == Chunk) File.AppendAllText(path, "one more line\n");
        });

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Listener = listener });

        Assert.Equal(ErrorCodes.FileChanged, result.Error?.Code);
        Assert.Null(result.File);
    }

    [Fact]
    public async Task A_file_truncated_while_uploading_fails_and_publishes_no_link()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);
        var path = dir.CreateFile("shrinking.bin", 3 * Chunk);
        var listener = new ActingListener(p =>
        {
            if (p.FileBytes == Chunk)
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                stream.SetLength(Chunk + 10);
            }
        });

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Listener = listener });

        Assert.Equal(ErrorCodes.FileChanged, result.Error?.Code);
        Assert.Equal(0, sandbox.CompletedUploadCount);
    }

    [Fact]
    public async Task An_upload_that_file_info_does_not_confirm_fails_verification()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.NewFileStatus = "admin removed");
        var path = dir.CreateFile("unconfirmed.bin", 100);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.Equal(ErrorCodes.VerificationFailed, result.Error?.Code);
        Assert.Contains("admin removed", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restarts_the_file_when_the_transfer_stalls_mid_body()
    {
        const long big = 32L << 20;
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = big);
        var path = dir.CreateFile("stalled.bin", big + 100);
        sandbox.Faults.Add(new Fault(FaultKind.StallMidBody, Endpoint.Chunk, Duration: TimeSpan.FromSeconds(30)));
        var listener = new RecordingListener();

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, listener: listener);

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        var restart = Assert.Single(listener.Notices, n => n.Kind == NoticeKind.Restart);
        Assert.Contains("stalled", restart.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_promptly_and_publishes_no_link_for_the_unfinished_file()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o =>
        {
            o.MaxChunkSize = Chunk;
            o.ResponseDelay = TimeSpan.FromMilliseconds(300);
        });
        var done = dir.CreateFile("small-done.bin", 10);
        var slow = dir.CreateFile("slow.bin", 20 * Chunk);
        using var cancel = new CancellationTokenSource();
        var cancelledAt = 0L;
        var listener = new ActingListener(p =>
        {
            if (p.Path.EndsWith("slow.bin", StringComparison.Ordinal) && p.FileBytes >= 2 * Chunk && cancelledAt == 0)
            {
                cancelledAt = Environment.TickCount64;
                cancel.Cancel();
            }
        });

        var results = await TestSandbox.Uploader(sandbox, dir.Path, o => o with { Listener = listener, Parallelism = 1 })
            .UploadAsync([new(done), new(slow)], cancel.Token);

        Assert.InRange(Environment.TickCount64 - cancelledAt, 0, 2000);
        Assert.True(results[0].Succeeded);
        Assert.Equal(ErrorCodes.Cancelled, results[1].Error?.Code);
        Assert.Single(sandbox.Files);
    }

    [Fact]
    public async Task A_plain_http_remote_url_is_refused_before_anything_is_sent()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var client = new MirrorAce.Api.MirrorAceClient(TestSandbox.Credentials(sandbox), sandbox.ApiUrl, TestSandbox.QuickRetry);
        var variables = await client.GetUploadVariablesAsync();

        var error = await Assert.ThrowsAsync<MirrorAceException>(() =>
            client.UploadFromUrlAsync(variables, new Uri("http://downloads.example.com/app.zip"), ["1"]));

        Assert.Equal(ErrorCodes.InsecureUrl, error.Code);
        Assert.Equal(0, sandbox.RemoteRequestCount);
    }

    private sealed class ActingListener(Action<UploadProgress> act) : IUploadListener
    {
        public void OnProgress(UploadProgress progress) => act(progress);
    }
}
