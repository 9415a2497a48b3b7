using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Engine;

public class FaultRecoveryTests
{
    private const long Chunk = 64 * 1024;

    private static async Task<(FileUploadResult Result, RecordingListener Listener, string Path)> UploadThroughAsync(
        SandboxServer sandbox, TempDirectory dir, Fault fault, long size = 3 * Chunk + 7)
    {
        var path = dir.CreateFile("faulty.bin", size);
        sandbox.Faults.Add(fault);
        var listener = new RecordingListener();
        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, listener: listener);
        return (result, listener, path);
    }

    [Fact]
    public async Task Retries_a_chunk_in_place_when_the_connection_resets_while_sending()
    {
        // Chunks larger than the loopback socket buffers, so the reset arrives while the body is still going out.
        const long big = 32L << 20;
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = big);

        var (result, listener, path) = await UploadThroughAsync(sandbox, dir, new Fault(FaultKind.ResetMidBody, Endpoint.Chunk, OnRequest: 2), 2 * big + 5);

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        Assert.Equal(1, sandbox.Faults.Fired);
        Assert.True(listener.Count(NoticeKind.Retry) >= 1, string.Join('\n', listener.Notices));
        Assert.Equal(0, listener.Count(NoticeKind.Restart));
    }

    [Fact]
    public async Task Restarts_the_file_when_the_connection_resets_after_the_whole_chunk_was_sent()
    {
        // A small chunk is all in the socket buffers before the server gives up: whether it was processed is unknown.
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);

        var (result, listener, path) = await UploadThroughAsync(sandbox, dir, new Fault(FaultKind.ResetMidBody, Endpoint.Chunk, OnRequest: 2));

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        Assert.Equal(1, sandbox.Faults.Fired);
        Assert.Equal(1, listener.Count(NoticeKind.Restart));
    }

    [Theory]
    [InlineData(FaultKind.TooManyRequests)]
    [InlineData(FaultKind.ServiceUnavailable)]
    public async Task Retries_a_chunk_in_place_after_a_busy_answer(FaultKind kind)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);

        var (result, listener, path) = await UploadThroughAsync(sandbox, dir, new Fault(kind, Endpoint.Chunk, OnRequest: 2));

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        Assert.Equal(1, sandbox.Faults.Fired);
        var retry = Assert.Single(listener.Notices, n => n.Kind == NoticeKind.Retry);
        Assert.Contains("retrying in 1.0 s", retry.Message, StringComparison.Ordinal); // Retry-After: 1 wins over the quick backoff
        Assert.Equal(0, listener.Count(NoticeKind.Restart));
    }

    [Fact]
    public async Task Restarts_the_file_when_a_chunk_answer_is_lost_after_the_server_committed_it()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);

        var (result, listener, path) = await UploadThroughAsync(sandbox, dir, new Fault(FaultKind.LoseAnswerAfterCommit, Endpoint.Chunk, OnRequest: 2));

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        Assert.Equal(1, listener.Count(NoticeKind.Restart));
        Assert.Equal(1, sandbox.CompletedUploadCount);
        Assert.Equal(2, sandbox.ChunkRequests().Select(r => r.Field("cTracker")).Distinct().Count());
    }

    [Fact]
    public async Task Restarts_the_file_when_a_server_error_comes_after_the_chunk_was_sent()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);

        var (result, listener, path) = await UploadThroughAsync(sandbox, dir, new Fault(FaultKind.Html500, Endpoint.Chunk, OnRequest: 3));

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        Assert.Equal(1, listener.Count(NoticeKind.Restart));
    }

    [Fact]
    public async Task Restarts_the_file_when_the_server_stalls_instead_of_answering()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);

        var (result, listener, path) = await UploadThroughAsync(sandbox, dir,
            new Fault(FaultKind.StallBeforeAnswer, Endpoint.Chunk, OnRequest: 1, Duration: TimeSpan.FromSeconds(30)));

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        var restart = Assert.Single(listener.Notices, n => n.Kind == NoticeKind.Restart);
        Assert.Contains("no answer within", restart.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sends_a_refused_chunk_once_more_in_place_before_restarting()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);

        var (result, listener, path) = await UploadThroughAsync(sandbox, dir, new Fault(FaultKind.StatusError, Endpoint.Chunk, OnRequest: 2));

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        Assert.Equal(1, listener.Count(NoticeKind.Retry));
        Assert.Equal(0, listener.Count(NoticeKind.Restart));
    }

    [Fact]
    public async Task Restarts_with_fresh_variables_when_the_key_is_refused_mid_upload()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);

        var (result, listener, path) = await UploadThroughAsync(sandbox, dir, new Fault(FaultKind.ExpireKey, Endpoint.Chunk, OnRequest: 2, Times: 2));

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        Assert.Equal(1, listener.Count(NoticeKind.Restart));
        Assert.True(sandbox.UploadVariablesRequestCount >= 3); // pre-flight, first attempt, restart
    }

    [Fact]
    public async Task Fetches_a_fresh_key_when_the_one_handed_out_is_about_to_expire()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.UploadKeyLifetime = TimeSpan.FromSeconds(30));
        var path = dir.CreateFile("soon.bin", 100);
        var listener = new RecordingListener();

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, listener: listener);

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        Assert.Contains(listener.Notices, n => n.Message.Contains("expires", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gives_up_after_the_allowed_restarts_and_publishes_no_link()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);

        var (result, listener, _) = await UploadThroughAsync(sandbox, dir, new Fault(FaultKind.LoseAnswerAfterCommit, Endpoint.Chunk, Times: 1000));

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.NetworkFailure, result.Error.Code);
        Assert.Contains("after 3 restarts", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(3, listener.Count(NoticeKind.Restart));
        Assert.Equal(0, sandbox.CompletedUploadCount);
    }
}
