using System.Text.Json.Nodes;
using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.Action.Tests.LinkRot.Support;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.LinkRot;

/// <summary>A hand-damaged section is warned about and skipped; the other releases are still checked.</summary>
[Collection(ToolFeedGroup.Name)]
public class Link_rot_watch_skips_a_release_whose_section_cannot_be_read(ToolFeed feed)
{
    [Fact]
    public async Task Warns_and_checks_the_other_releases()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var watch = new LinkRotWatch(feed, sandbox);
        var files = await watch.UploadAsync("b.zip");
        sandbox.SetFileStatus(files[0].Slug, "user removed");
        watch.Releases.Add(new JsonObject
        {
            ["tag_name"] = "v2.0.0",
            ["body"] = "<!-- mirrorace:links:start -->\n<!-- mirrorace:links:data [{\"name\": -->\n<!-- mirrorace:links:end -->\n",
        });
        watch.AddRelease("v1.0.0", files);

        var result = await watch.RunAsync();

        Assert.True(result.ExitCode == 0, result.Log);
        Assert.Contains("::warning::The links section of release v2.0.0 cannot be read; it is skipped.", result.Log, StringComparison.Ordinal);
        var open = Assert.Single(result.Writes);
        Assert.Contains("| `v1.0.0` | `b.zip` | `user removed` |", (string)open.Body!["body"]!, StringComparison.Ordinal);
    }
}
