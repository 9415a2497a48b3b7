using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Hardening;

/// <summary>Issue 12, class 1: dist/x.zip -> a file of the runner's was followed and published.</summary>
public class A_link_out_of_the_workspace_is_refused
{
    [Fact]
    public async Task The_step_fails_with_MA1070_naming_the_file_and_nothing_is_sent()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var outside = new TempDirectory();
        var secret = outside.CreateFile("passwd", 500);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/app.zip", 2_000);
        File.CreateSymbolicLink(Path.Combine(step.Workspace.Path, "dist", "x.zip"), secret);
        step.For(sandbox, "dist/*.zip");

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Commands("error"), l => l.Contains("MA1070", StringComparison.Ordinal));
        Assert.Contains("file=dist/x.zip", error, StringComparison.Ordinal);
        Assert.Contains("outside the workspace", error, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.ChunkRequestCount);
        Assert.Empty(sandbox.Files);
    }
}
