using System.Diagnostics;
using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Hardening;

/// <summary>Issue 12, class 6: a server that never answers held each attempt for a fixed 5 minutes, whatever the stall timeout said.</summary>
public class A_stall_timeout_bounds_the_wait_for_an_answer
{
    [Fact]
    public async Task A_chunk_whose_answer_never_comes_is_abandoned_after_the_stall_timeout()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.Faults.Add(new Fault(FaultKind.StallBeforeAnswer, Endpoint.Chunk, Times: 10, Duration: TimeSpan.FromSeconds(60)));
        using var dir = new TempDirectory();
        dir.CreateFile("app.zip", 1000);
        var retry = TestSandbox.QuickRetry with { StallTimeout = TimeSpan.FromSeconds(1), AnswerTimeout = null, MaxRestarts = 1 };

        var clock = Stopwatch.StartNew();
        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, "app.zip", o => o with { Retry = retry });

        Assert.Equal(ErrorCodes.NetworkFailure, result.Error?.Code);
        Assert.Contains("no answer within 1 s", result.Error!.Message, StringComparison.Ordinal);
        // Two attempts of about a second each; the old fixed wait was 5 minutes an attempt.
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.5, 30);
    }

    [Fact]
    public async Task A_silent_upload_variables_call_is_abandoned_after_the_stall_timeout_too()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.Faults.Add(new Fault(FaultKind.StallBeforeAnswer, Endpoint.UploadVariables, Times: 10, Duration: TimeSpan.FromSeconds(60)));
        using var dir = new TempDirectory();
        dir.CreateFile("app.zip", 1000);
        var retry = TestSandbox.QuickRetry with { StallTimeout = TimeSpan.FromSeconds(1), AnswerTimeout = null, MaxRetries = 1 };

        var clock = Stopwatch.StartNew();
        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, "app.zip", o => o with { Retry = retry });

        Assert.Equal(ErrorCodes.NetworkFailure, result.Error?.Code);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.5, 30);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }
}
