using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.Action.Tests.LinkRot.Support;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.LinkRot;

[Collection(ToolFeedGroup.Name)]
public class Link_rot_watch_checks_every_release_page_by_page_when_asked_for_all(ToolFeed feed)
{
    [Fact]
    public async Task Reads_every_page_and_finds_a_dead_link_on_the_last()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var watch = new LinkRotWatch(feed, sandbox) { ReleasesToCheck = "all" };
        watch.AddRelease("v3.0.0", await watch.UploadAsync("c.zip"));
        watch.AddRelease("v2.0.0", await watch.UploadAsync("b.zip"));
        var oldest = await watch.UploadAsync("a.zip");
        sandbox.SetFileStatus(oldest[0].Slug, "admin removed");
        watch.AddRelease("v1.0.0", oldest);

        var result = await watch.RunAsync();

        Assert.True(result.ExitCode == 0, result.Log);
        Assert.Equal($"repos/{LinkRotWatch.RepositoryName}/releases?per_page=100 (paginated)", result.Calls[0].Path);
        var open = Assert.Single(result.Writes);
        var body = (string)open.Body!["body"]!;
        Assert.Contains("| `v1.0.0` | `a.zip` | `admin removed` |", body, StringComparison.Ordinal);
        Assert.Contains("Checked 3 links", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("ten")]
    public async Task Refuses_a_count_out_of_range_before_asking_GitHub(string releases)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var watch = new LinkRotWatch(feed, sandbox) { ReleasesToCheck = releases };

        var result = await watch.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("::error::releases must be a number from 1 to 100, or all.", result.Log, StringComparison.Ordinal);
        Assert.Empty(result.Calls);
    }
}
