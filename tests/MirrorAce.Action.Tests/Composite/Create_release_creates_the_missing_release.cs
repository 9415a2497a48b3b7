using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.GitHub;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>create-release and release-draft become the tool's flags: the missing release is created, with the links as its notes.</summary>
[Collection(ToolFeedGroup.Name)]
public class Create_release_creates_the_missing_release(ToolFeed feed)
{
    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    public async Task As_published_or_as_a_draft_listing_the_files(string draft)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var run = new CompositeRun().Against(sandbox, feed).WithGitHub(sandbox);
        run.Workspace.CreateFile("app.zip", 3_000);
        run.Inputs["files"] = "app.zip";
        run.Inputs["release-tag"] = "v2.0";
        run.Inputs["create-release"] = "true";
        run.Inputs["release-draft"] = draft;

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var result = await run.RunAsync(timeout.Token);

        Assert.True(result.ExitCode == 0, result.Log);
        var created = Assert.Single(sandbox.GitHub.ReleasesWithTag(CompositeRunSetup.Repository, "v2.0"));
        Assert.Equal(draft == "true", created.Draft);
        var row = Assert.Single(ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(created.Id)));
        Assert.Equal(Assert.Single(sandbox.Files).Slug, row.Slug);
    }
}
