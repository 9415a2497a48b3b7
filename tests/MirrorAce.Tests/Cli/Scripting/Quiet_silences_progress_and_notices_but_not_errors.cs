using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Scripting;

/// <summary>Issue 16: <c>--quiet</c> leaves stderr to errors alone; the results stay on stdout.</summary>
public class Quiet_silences_progress_and_notices_but_not_errors
{
    [Fact]
    public async Task A_quiet_run_with_a_retry_and_a_failure_prints_only_the_table_and_the_error_line()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("1-fails.bin", 10);
        dir.CreateFile("2-works.bin", 10);
        sandbox.Faults.Add(new Fault(FaultKind.LoseAnswerAfterCommit, Endpoint.Chunk));
        sandbox.Faults.Add(new Fault(FaultKind.ServiceUnavailable, Endpoint.Chunk, OnRequest: 2)); // 2-works.bin retries, silently

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "1-fails.bin", "2-works.bin",
            "--parallel", "1", "--restarts", "0", "--quiet");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("mirrorace: error MA1040: 1-fails.bin:", line, StringComparison.Ordinal);
        Assert.Contains("Uploaded 1 of 2 files.", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(sandbox.Faults.History, f => f.Kind == FaultKind.ServiceUnavailable); // there was a retry to be quiet about
        Assert.DoesNotContain("retrying", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiet_with_json_leaves_stderr_empty_and_stdout_the_links()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.bin", 10);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "a.bin", "--json", "-q");

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal("", run.StandardError);
        Assert.Equal(Assert.Single(sandbox.Files).Slug, Assert.Single(MirrorAce.Output.LinksJson.Parse(run.StandardOutput)).Slug);
    }
}
