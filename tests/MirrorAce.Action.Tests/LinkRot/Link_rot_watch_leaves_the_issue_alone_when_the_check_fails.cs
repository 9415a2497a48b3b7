using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.Action.Tests.LinkRot.Support;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.LinkRot;

/// <summary>A refused or failed status check is not "all links are back": the job fails and the issue stays open.</summary>
[Collection(ToolFeedGroup.Name)]
public class Link_rot_watch_leaves_the_issue_alone_when_the_check_fails(ToolFeed feed)
{
    [Fact]
    public async Task Fails_the_job_without_writing_to_GitHub()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var watch = new LinkRotWatch(feed, sandbox);
        watch.AddRelease("v1.0.0", await watch.UploadAsync("c.zip"));
        watch.OpenIssues.Add(new System.Text.Json.Nodes.JsonObject { ["number"] = 7 });
        watch.ApiKey = "a-key-the-server-does-not-know";

        var result = await watch.RunAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("::error::mirrorace status failed (exit code 1) for release v1.0.0; the issue is left as it is.", result.Log, StringComparison.Ordinal);
        Assert.Empty(result.Writes);
        Assert.DoesNotContain(result.Calls, c => c.Path.Contains("issues", StringComparison.Ordinal));
    }
}
