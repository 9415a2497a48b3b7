using System.Diagnostics;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Hardening;

/// <summary>
/// Issue 12, class 5: a cancel aborted requests in flight, so a file whose last chunk the server had committed got no
/// link, and the re-run uploaded it again. Now a request whose body is out may bring its answer within a short grace.
/// </summary>
public class A_cancel_keeps_the_link_of_a_chunk_already_sent
{
    [Fact]
    public async Task The_file_committed_during_the_grace_is_reported_uploaded_and_a_rerun_reuses_it()
    {
        // The sandbox stores the chunk, then waits a second before answering: the cancel lands in that second.
        await using var sandbox = await TestSandbox.StartAsync(o => o.ResponseDelay = TimeSpan.FromSeconds(1));
        using var dir = new TempDirectory();
        var path = dir.CreateFile("app.zip", 50_000);
        using var cancel = new CancellationTokenSource();
        var listener = new RecordingListener();

        var upload = TestSandbox.Uploader(sandbox, dir.Path, listener: listener).UploadAsync([new UploadRequest("app.zip")], cancel.Token);
        await WaitUntil(() => sandbox.CompletedUploadCount == 1);
        cancel.Cancel();
        var result = Assert.Single(await upload);

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        var again = await TestSandbox.UploadOneAsync(sandbox, dir.Path, "app.zip", o => o with { ReuseCandidates = [result.File!] });
        Assert.True(again.Reused);
        Assert.Single(sandbox.Files);
    }

    [Fact]
    public async Task An_answer_slower_than_the_grace_is_abandoned_within_seconds()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.ResponseDelay = TimeSpan.FromSeconds(30));
        using var dir = new TempDirectory();
        dir.CreateFile("app.zip", 50_000);
        using var cancel = new CancellationTokenSource();

        var upload = TestSandbox.Uploader(sandbox, dir.Path).UploadAsync([new UploadRequest("app.zip")], cancel.Token);
        await WaitUntil(() => sandbox.CompletedUploadCount == 1);
        var clock = Stopwatch.StartNew();
        cancel.Cancel();
        var result = Assert.Single(await upload);

        Assert.Equal(ErrorCodes.Cancelled, result.Error?.Code);
        Assert.InRange(clock.Elapsed.TotalSeconds, GracefulStop.Grace.TotalSeconds - 0.5, GracefulStop.Grace.TotalSeconds + 5);
    }

    [Fact]
    public async Task No_new_request_is_sent_after_the_cancel()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.ResponseDelay = TimeSpan.FromMilliseconds(500));
        using var dir = new TempDirectory();
        dir.CreateFile("a.zip", 50_000);
        dir.CreateFile("b.zip", 50_000);
        using var cancel = new CancellationTokenSource();

        var upload = TestSandbox.Uploader(sandbox, dir.Path, o => o with { Parallelism = 1 })
            .UploadAsync([new UploadRequest("a.zip"), new UploadRequest("b.zip")], cancel.Token);
        await WaitUntil(() => sandbox.CompletedUploadCount == 1);
        cancel.Cancel();
        var sentAtCancel = sandbox.Requests.Count + 1; // the chunk in flight is recorded when answered
        var results = await upload;

        Assert.True(results[0].Succeeded, results[0].Error?.Message);
        Assert.Equal(ErrorCodes.Cancelled, results[1].Error?.Code);
        Assert.True(sandbox.Requests.Count <= sentAtCancel, $"{sandbox.Requests.Count} requests after the cancel, {sentAtCancel} at it");
        Assert.Single(sandbox.Files);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(10);
        }
    }
}
