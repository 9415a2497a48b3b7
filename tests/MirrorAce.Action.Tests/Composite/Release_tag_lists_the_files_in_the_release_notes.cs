using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.GitHub;
using MirrorAce.Output;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>release-tag becomes the tool's --release-tag, the github-token input its GITHUB_TOKEN: the notes list the files, as the container action's do.</summary>
[Collection(ToolFeedGroup.Name)]
public class Release_tag_lists_the_files_in_the_release_notes(ToolFeed feed)
{
    [Fact]
    public async Task The_notes_list_every_uploaded_file_and_the_token_is_masked()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var release = sandbox.GitHub.AddRelease(CompositeRunSetup.Repository, "v1.0", "Written by a person.\n");
        using var run = new CompositeRun().Against(sandbox, feed).WithGitHub(sandbox);
        run.Workspace.CreateFile("dist/app.zip", 3_000);
        run.Workspace.CreateFile("dist/app.tar.gz", 4_000);
        run.Inputs["files"] = "dist/*";
        run.Inputs["release-tag"] = "v1.0";

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var result = await run.RunAsync(timeout.Token);

        Assert.True(result.ExitCode == 0, result.Log);
        var body = sandbox.GitHub.ReleaseBody(release)!;
        Assert.StartsWith("Written by a person.", body, StringComparison.Ordinal);
        var rows = ReleaseNotesSection.ReadRows(body);
        Assert.Equal(["app.tar.gz", "app.zip"], rows.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(sandbox.Files.Select(f => f.Slug).Order(StringComparer.Ordinal), rows.Select(r => r.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(2, LinksJson.Parse(result.Outputs["links"]).Count);
        // The token reached the tool through the environment only: registered with the mask, shown nowhere else.
        Assert.Contains($"::add-mask::{sandbox.GitHub.WriteToken}", result.Log.Split('\n'));
        var shown = string.Join('\n', result.Log.Split('\n').Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal)));
        Assert.DoesNotContain(sandbox.GitHub.WriteToken, shown, StringComparison.Ordinal);
    }
}
