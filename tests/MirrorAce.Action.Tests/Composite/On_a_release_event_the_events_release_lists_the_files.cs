using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.GitHub;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>Without release-tag, a release event's own release (its tag read from GITHUB_EVENT_PATH) lists the files, as in the container action.</summary>
[Collection(ToolFeedGroup.Name)]
public class On_a_release_event_the_events_release_lists_the_files(ToolFeed feed)
{
    [Fact]
    public async Task The_events_release_gets_the_rows_and_another_release_is_left_alone()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var other = sandbox.GitHub.AddRelease(CompositeRunSetup.Repository, "v2.9", "Older.\n");
        var release = sandbox.GitHub.AddRelease(CompositeRunSetup.Repository, "v3.0", "Notes.\n");
        using var run = new CompositeRun { EventName = "release" }.Against(sandbox, feed).WithGitHub(sandbox);
        var payload = Path.Combine(run.RunnerTemp, "..", "event.json");
        Directory.CreateDirectory(run.RunnerTemp);
        await File.WriteAllTextAsync(payload, $$$"""{"action":"published","release":{"id":{{{release}}},"tag_name":"v3.0","draft":false}}""");
        run.Environment["GITHUB_EVENT_PATH"] = payload;
        run.Workspace.CreateFile("app.zip", 3_000);
        run.Inputs["files"] = "app.zip";

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var result = await run.RunAsync(timeout.Token);

        Assert.True(result.ExitCode == 0, result.Log);
        var row = Assert.Single(ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(release)));
        Assert.Equal(Assert.Single(sandbox.Files).Slug, row.Slug);
        Assert.Equal("Older.\n", sandbox.GitHub.ReleaseBody(other));
        Assert.DoesNotContain("::warning", result.Log, StringComparison.Ordinal);
    }
}
