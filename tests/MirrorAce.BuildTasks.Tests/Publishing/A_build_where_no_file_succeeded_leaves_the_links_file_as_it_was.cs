using MirrorAce.Sandbox;

namespace MirrorAce.BuildTasks.Tests.Publishing;

/// <summary>
/// Issue 13, the engine's links-file policy: a run where no file succeeded keeps an existing links file (it is what the
/// next run reuses), and the summary says so; a run where one file succeeded rewrites it with that file's links.
/// </summary>
public sealed class A_build_where_no_file_succeeded_leaves_the_links_file_as_it_was : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_earlier_links_stay_and_the_summary_says_they_were_kept()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        var links = Path.Combine(_folder.Path, "obj", "links.json");
        var first = TaskHarness.CreateTask(sandbox, _folder, new RecordingBuildEngine(), TaskHarness.Item("a.bin"));
        first.LinksFile = links;
        Assert.True(first.Execute());
        var earlier = await File.ReadAllTextAsync(links);
        Assert.Contains(first.UploadedFiles[0].GetMetadata("Slug"), earlier, StringComparison.Ordinal);

        // Every upload variables request is refused now: nothing of the second build gets up.
        sandbox.Faults.Add(new Fault(FaultKind.StatusError, Endpoint.UploadVariables, OnRequest: 1, Times: 1_000));
        _folder.CreateFile("b.bin", 1_100);
        var engine = new RecordingBuildEngine();
        var second = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("b.bin"));
        second.LinksFile = links;
        second.SummaryFile = Path.Combine(_folder.Path, "obj", "summary.md");

        Assert.False(second.Execute());

        Assert.Equal(ErrorCodes.ServerRefused, Assert.Single(engine.Errors).Code);
        Assert.Empty(second.UploadedFiles);
        Assert.Equal(earlier, await File.ReadAllTextAsync(links));
        Assert.Contains("(left as it was: no file of this run was uploaded)", await File.ReadAllTextAsync(second.SummaryFile), StringComparison.Ordinal);
    }
}
