using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Hardening;

/// <summary>Issue 12, class 4: out/**/*.zip with out/linux/app.zip and out/win/app.zip dropped a row and re-uploaded it on every re-run.</summary>
public class Two_files_with_one_name_are_refused
{
    [Fact]
    public async Task The_step_fails_before_sending_and_names_both_paths()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", "Notes.");
        using var step = new GitHubStep();
        step.Workspace.CreateFile("out/linux/app.zip", 2_000);
        step.Workspace.CreateFile("out/win/app.zip", 2_100);
        step.For(sandbox, "out/**/*.zip").WithRelease(sandbox, "v1.0");

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Commands("error"), l => l.Contains("MA1072", StringComparison.Ordinal));
        Assert.Contains("out/linux/app.zip", error, StringComparison.Ordinal);
        Assert.Contains("out/win/app.zip", error, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.ChunkRequestCount);
        Assert.Equal("Notes.", sandbox.GitHub.ReleaseBody(id));
    }
}
