using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.Action.Tests.LinkRot.Support;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.LinkRot;

[Collection(ToolFeedGroup.Name)]
public class Link_rot_watch_closes_its_issue_when_every_link_is_back(ToolFeed feed)
{
    [Fact]
    public async Task Comments_and_closes_the_open_issue()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var watch = new LinkRotWatch(feed, sandbox);
        watch.AddRelease("v2.0.0", await watch.UploadAsync("a.zip", "b.zip"));
        watch.AddRelease("v1.0.0", await watch.UploadAsync("c.zip"));
        watch.OpenIssues.Add(new System.Text.Json.Nodes.JsonObject { ["number"] = 7 });

        var result = await watch.RunAsync();

        Assert.True(result.ExitCode == 0, result.Log);
        Assert.Equal(
            [("POST", $"repos/{LinkRotWatch.RepositoryName}/issues/7/comments"), ("PATCH", $"repos/{LinkRotWatch.RepositoryName}/issues/7")],
            result.Writes.Select(w => (w.Method, w.Path)));
        Assert.Equal("All 3 links are active again.", (string?)result.Writes[0].Body!["body"]);
        Assert.Equal("closed", (string?)result.Writes[1].Body!["state"]);
    }

    [Fact]
    public async Task Writes_nothing_when_no_issue_is_open()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var watch = new LinkRotWatch(feed, sandbox);
        watch.AddRelease("v1.0.0", await watch.UploadAsync("c.zip"));

        var result = await watch.RunAsync();

        Assert.True(result.ExitCode == 0, result.Log);
        Assert.Empty(result.Writes);
        Assert.Contains("All 1 links are active.", result.Log, StringComparison.Ordinal);
    }
}
