using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>create-release: no release has the tag, so the run uploads, then creates the release with the files in its notes.</summary>
public class Create_release_creates_the_missing_release_after_the_upload_and_lists_the_files
{
    private const string Sha = "89abcdef0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_release_is_created_at_the_workflows_commit_with_the_files_listed(bool draft)
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/app.zip", 3_000);
        step.Workspace.CreateFile("dist/app.tar.gz", 2_000);
        step.For(sandbox, "dist/*").WithRelease(sandbox, "v4.0");
        step.Inputs["create-release"] = "true";
        step.Inputs["release-draft"] = draft ? "true" : "false";
        step.Sha = Sha;

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var release = Assert.Single(sandbox.GitHub.ReleasesWithTag(GitHubStep.RepositoryName, "v4.0"));
        Assert.Equal(draft, release.Draft);
        Assert.Equal(Sha, release.TargetCommitish);
        var links = LinksJson.Parse(run.Outputs["links"]);
        Assert.Equal(2, links.Count);
        Assert.Equal(ReleaseNotesSection.Merge(null, links).Body, release.Body);
        Assert.Contains(run.StdoutLines, l => l.StartsWith("release 'v4.0' of octo-org/octo-app: no release has this tag yet", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.StartsWith("Release notes of release v4.0 (created by this run): 2 added", StringComparison.Ordinal));
        var post = Assert.Single(sandbox.GitHub.Requests, r => r.Method == "POST");
        Assert.Equal("/github/repos/octo-org/octo-app/releases", post.Path);
        Assert.Equal(201, post.Status);
        Assert.Contains(draft ? "\"draft\":true" : "\"draft\":false", post.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_release_is_written_to_and_none_is_created()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v4.1", "By hand.\n");
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 1_000);
        step.For(sandbox, "app.zip").WithRelease(sandbox, "v4.1");
        step.Inputs["create-release"] = "true";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["app.zip"], ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)).Select(r => r.Name));
        Assert.DoesNotContain(sandbox.GitHub.Requests, r => r.Method == "POST");
        Assert.Equal(0, sandbox.GitHub.CreatedCount);
    }

    [Fact]
    public async Task Release_draft_without_create_release_is_refused_before_anything_is_sent()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 1_000);
        step.For(sandbox, "app.zip").WithRelease(sandbox, "v4.2");
        step.Inputs["release-draft"] = "true";

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The input 'release-draft' is true, but 'create-release' is not", Assert.Single(run.Commands("error")), StringComparison.Ordinal);
        Assert.Empty(sandbox.GitHub.Requests);
        Assert.Equal(0, sandbox.UploadVariablesRequestCount);
    }
}
