using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>
/// if-no-files-found: error (the default) means what it means in every door: a pattern that matches nothing is a mistake,
/// and the run stops before anything is sent, even when the other patterns found files.
/// </summary>
public class Under_error_a_pattern_matching_nothing_refuses_the_run_even_when_others_match
{
    [Theory]
    [InlineData(null)]
    [InlineData("error")]
    public async Task Nothing_is_sent_and_the_pattern_is_named(string? mode)
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/app.zip", 100);
        step.For(sandbox, "dist/*.zip\ndist/*.tar.gz");
        step.Inputs["if-no-files-found"] = mode;

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("::error title=MA1005::dist/*.tar.gz: No file matches this pattern.", Assert.Single(run.Commands("error")), StringComparison.Ordinal);
        Assert.Empty(run.Commands("warning"));
        Assert.Equal(0, sandbox.UploadVariablesRequestCount);
        Assert.Equal(0, sandbox.ChunkRequestCount);
        Assert.Empty(run.OutputFile);
    }
}
