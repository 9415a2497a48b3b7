using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>The verify input: what MirrorAce says now of every link the release's notes list.</summary>
public class VerifyTests
{
    [Fact]
    public async Task Every_link_in_the_notes_is_reported_after_this_runs_writes_and_a_removed_one_gets_a_warning()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", "Notes.\n");
        using var step = new GitHubStep();
        step.Workspace.CreateFile("a.zip", 1_000);
        step.Workspace.CreateFile("b.zip", 2_000);
        step.For(sandbox, "a.zip\nb.zip").WithRelease(sandbox, "v1.0");
        Assert.Equal(0, (await step.RunAsync()).ExitCode);
        var removed = ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)).Single(r => r.Name == "b.zip");
        sandbox.SetFileStatus(removed.Slug, "user removed");
        step.Workspace.CreateFile("c.zip", 3_000);
        step.For(sandbox, "c.zip").WithRelease(sandbox, "v1.0");
        step.Inputs["verify"] = "true";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var warning = Assert.Single(run.Commands("warning"));
        Assert.StartsWith($"::warning title=MirrorAce link not active::b.zip: MirrorAce reports {removed.Url} as user removed.", warning, StringComparison.Ordinal);
        Assert.Contains(run.StdoutLines, l => l.StartsWith("a.zip: active, http", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.StartsWith("c.zip: active, http", StringComparison.Ordinal));
        Assert.Contains("The notes of release v1.0: 1 of 3 not active.", run.StdoutLines);
        Assert.Contains("### MirrorAce links of release v1.0", run.Summary, StringComparison.Ordinal);
        Assert.Contains($"| b.zip | [{removed.Slug}]({removed.Url}) | ⚠️ user removed |", run.Summary, StringComparison.Ordinal);
        // The outputs are this run's upload, as without verify.
        Assert.Equal(["c.zip"], LinksJson.Parse(run.Outputs["links"]).Select(l => l.Name));
    }

    [Fact]
    public async Task Verify_alone_needs_no_files_and_uploads_nothing()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", "Notes.\n");
        using var step = new GitHubStep();
        step.Workspace.CreateFile("a.zip", 1_000);
        step.For(sandbox, "a.zip").WithRelease(sandbox, "v1.0");
        Assert.Equal(0, (await step.RunAsync()).ExitCode);
        var (variables, patches) = (sandbox.UploadVariablesRequestCount, sandbox.GitHub.PatchCount);
        step.Inputs["files"] = null;
        step.Inputs["verify"] = "true";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Commands("warning"));
        Assert.Contains("The notes of release v1.0: All 1 active.", run.StdoutLines);
        Assert.Equal(variables, sandbox.UploadVariablesRequestCount);
        Assert.Equal(patches, sandbox.GitHub.PatchCount);
        Assert.Equal("[]", run.Outputs["links"]);
    }

    [Fact]
    public async Task Verify_without_a_release_is_an_input_error()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.For(sandbox, "").WithRelease(sandbox, releaseTag: null);
        step.Inputs["verify"] = "true";

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("::error title=MA1022::The input 'verify' needs a release", Assert.Single(run.Commands("error")), StringComparison.Ordinal);
    }
}
