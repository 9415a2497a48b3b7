using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.Action.Tests.LinkRot.Support;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.LinkRot;

[Collection(ToolFeedGroup.Name)]
public class Link_rot_watch_opens_one_issue_listing_the_links_no_longer_active(ToolFeed feed)
{
    [Fact]
    public async Task Opens_a_labelled_issue_naming_each_dead_file_and_its_release_and_no_live_one()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var watch = new LinkRotWatch(feed, sandbox);
        var newest = await watch.UploadAsync("app-2.0.zip", "notes @team.txt");
        var older = await watch.UploadAsync("app-1.0.zip");
        sandbox.SetFileStatus(newest[1].Slug, "user removed");
        sandbox.SetFileStatus(older[0].Slug, "copyright removed");
        watch.AddRelease("v2.0.0", newest);
        watch.AddRelease("v1.5.0", null);
        watch.AddRelease("v1.0.0", older);

        var result = await watch.RunAsync();

        Assert.True(result.ExitCode == 0, result.Log);
        Assert.Equal(
            [$"GET repos/{LinkRotWatch.RepositoryName}/releases?per_page=30", $"GET repos/{LinkRotWatch.RepositoryName}/issues?labels=link-rot&state=open&per_page=1"],
            result.Calls.Where(c => c.Method == "GET").Select(c => $"{c.Method} {c.Path}"));
        var open = Assert.Single(result.Writes);
        Assert.Equal(("POST", $"repos/{LinkRotWatch.RepositoryName}/issues"), (open.Method, open.Path));
        Assert.Equal(["link-rot"], open.Body!["labels"]!.AsArray().Select(l => (string?)l));
        var body = (string)open.Body["body"]!;
        // Names from the notes sit in code spans: "@team" mentions nobody.
        Assert.Contains("| `v2.0.0` | `notes @team.txt` | `user removed` |", body, StringComparison.Ordinal);
        Assert.Contains("| `v1.0.0` | `app-1.0.zip` | `copyright removed` |", body, StringComparison.Ordinal);
        Assert.DoesNotContain("app-2.0.zip", body, StringComparison.Ordinal);
        Assert.Contains("Checked 3 links", body, StringComparison.Ordinal);
        Assert.Contains(body.Trim(), result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rewrites_the_open_issue_instead_of_opening_another()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var watch = new LinkRotWatch(feed, sandbox);
        var files = await watch.UploadAsync("app.zip");
        sandbox.DeleteFile(files[0].Slug);
        watch.AddRelease("v3.0.0", files);
        watch.OpenIssues.Add(new System.Text.Json.Nodes.JsonObject { ["number"] = 41, ["title"] = "Release download links no longer active" });

        var result = await watch.RunAsync();

        Assert.True(result.ExitCode == 0, result.Log);
        var update = Assert.Single(result.Writes);
        Assert.Equal(("PATCH", $"repos/{LinkRotWatch.RepositoryName}/issues/41"), (update.Method, update.Path));
        Assert.Contains("| `v3.0.0` | `app.zip` | `not found` |", (string)update.Body!["body"]!, StringComparison.Ordinal);
        Assert.Null(update.Body["state"]);
    }
}
