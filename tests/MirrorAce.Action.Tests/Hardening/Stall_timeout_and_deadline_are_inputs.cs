using System.Diagnostics;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Hardening;

/// <summary>Issue 12, class 6: the action gets the CLI's stall-timeout and deadline, and a silent server is given up on in time.</summary>
public class Stall_timeout_and_deadline_are_inputs
{
    [Fact]
    public async Task A_server_that_never_answers_fails_the_step_after_the_stall_timeout_not_minutes()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        sandbox.Faults.Add(new Fault(FaultKind.StallBeforeAnswer, Endpoint.Chunk, Times: 100, Duration: TimeSpan.FromMinutes(2)));
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 2_000);
        step.For(sandbox, "app.zip");
        step.Inputs["stall-timeout"] = "1";
        step.Inputs["deadline"] = "20";

        var clock = Stopwatch.StartNew();
        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Commands("error"), l => l.Contains("MA1040", StringComparison.Ordinal) || l.Contains("MA1043", StringComparison.Ordinal));
        Assert.InRange(clock.Elapsed.TotalSeconds, 1, 40);
    }

    [Theory]
    [InlineData("stall-timeout", "0")]
    [InlineData("stall-timeout", "soon")]
    [InlineData("deadline", "-5")]
    public async Task A_bad_value_is_refused_before_anything_is_sent(string input, string value)
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 2_000);
        step.For(sandbox, "app.zip");
        step.Inputs[input] = value;

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Commands("error"), l => l.Contains("MA1022", StringComparison.Ordinal) && l.Contains($"'{input}'", StringComparison.Ordinal));
        Assert.Empty(sandbox.Requests);
    }
}
