using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.GitHub;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>verify becomes the tool's --verify; with no files it only checks, and a link not active is the runner's warning.</summary>
[Collection(ToolFeedGroup.Name)]
public class Verify_reports_the_links_of_the_release(ToolFeed feed)
{
    [Fact]
    public async Task With_no_files_every_link_of_the_notes_is_checked_and_nothing_is_sent()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var release = sandbox.GitHub.AddRelease(CompositeRunSetup.Repository, "v1.0", "Notes.\n");
        using (var first = new CompositeRun().Against(sandbox, feed).WithGitHub(sandbox))
        {
            first.Workspace.CreateFile("a.zip", 1_000);
            first.Workspace.CreateFile("b.zip", 2_000);
            first.Inputs["files"] = "a.zip\nb.zip";
            first.Inputs["release-tag"] = "v1.0";
            var listed = await first.RunAsync();
            Assert.True(listed.ExitCode == 0, listed.Log);
        }
        var removed = ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(release)).Single(r => r.Name == "b.zip");
        sandbox.SetFileStatus(removed.Slug, "user removed");
        var (uploads, patches) = (sandbox.UploadVariablesRequestCount, sandbox.GitHub.PatchCount);
        using var run = new CompositeRun().Against(sandbox, feed).WithGitHub(sandbox);
        run.Inputs["release-tag"] = "v1.0";
        run.Inputs["verify"] = "true";

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var result = await run.RunAsync(timeout.Token);

        Assert.True(result.ExitCode == 0, result.Log);
        Assert.Equal(["prepare", "install", "upload"], result.StepsRun);
        Assert.Empty(File.ReadAllText(Path.Combine(result.StepOutputs["prepare"]["dir"], "patterns")));
        Assert.Matches(@"(?m)^a\.zip\s+active\s", result.Log);
        Assert.Matches(@"(?m)^b\.zip\s+user removed\s", result.Log);
        Assert.Contains("1 of 2 not active.", result.Log, StringComparison.Ordinal);
        Assert.Equal(["::warning title=MirrorAce::b.zip: MirrorAce reports it as user removed; upload the file again (a run with the file replaces its link)."],
            result.Log.Split('\n').Where(l => l.StartsWith("::warning", StringComparison.Ordinal)));
        Assert.Equal(uploads, sandbox.UploadVariablesRequestCount);
        Assert.Equal(patches, sandbox.GitHub.PatchCount);
        Assert.Equal("", result.Outputs["urls"]);
    }
}
