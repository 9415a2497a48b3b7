using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Hardening;

/// <summary>Issue 12, class 1: with files: . the action uploaded .git/config (the checkout's token) and .env, and listed them in the notes.</summary>
public class Hidden_files_in_the_workspace_are_not_published
{
    [Theory]
    [InlineData(".")]
    [InlineData("**")]
    public async Task The_whole_workspace_uploads_only_the_visible_files(string files)
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", null);
        using var step = new GitHubStep();
        step.Workspace.CreateFile(".git/config", 300);
        step.Workspace.CreateFile(".env", 40);
        step.Workspace.CreateFile("dist/app.zip", 2_000);
        step.For(sandbox, files).WithRelease(sandbox, "v1.0");

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["app.zip"], sandbox.Files.Select(f => f.Name));
        Assert.Equal(["dist/app.zip"], LinksJson.Parse(run.Outputs["links"]).Select(l => l.Path));
        Assert.Equal(["app.zip"], ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)).Select(r => r.Name));
        Assert.DoesNotContain("config", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Include_hidden_files_opts_in()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/.build-info.json", 40);
        step.Workspace.CreateFile("dist/app.zip", 2_000);
        step.For(sandbox, "dist");
        step.Inputs["include-hidden-files"] = "true";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal([".build-info.json", "app.zip"], sandbox.Files.Select(f => f.Name).Order(StringComparer.Ordinal));
    }
}
