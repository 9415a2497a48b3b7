using System.Diagnostics;
using MirrorAce.GitHub;

namespace MirrorAce.BuildTasks.Tests.Hardening;

/// <summary>Issue 12, class 5, in MSBuild: a cancelled build skipped the notes; what finished must be listed so a re-run reuses it.</summary>
public sealed class A_cancelled_build_lists_what_finished : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_file_committed_before_the_cancel_is_in_the_notes_the_items_and_the_links()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync(o => o.ResponseDelay = TimeSpan.FromSeconds(1));
        var id = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.0", null);
        _folder.CreateFile("a.bin", 50_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"));
        task.LinksFile = Path.Combine(_folder.Path, "links.json");
        TaskHarness.WriteReleaseNotes(task, sandbox, "v1.0");

        var execute = Task.Factory.StartNew(task.Execute, TaskCreationOptions.LongRunning);
        var waited = Stopwatch.StartNew();
        while (sandbox.CompletedUploadCount == 0 && waited.Elapsed < TimeSpan.FromSeconds(20))
            await Task.Delay(10);
        task.Cancel();
        await execute.WaitAsync(TimeSpan.FromSeconds(20));

        var stored = Assert.Single(sandbox.Files);
        Assert.Equal([stored.Slug], ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)).Select(r => r.Slug));
        Assert.Equal([stored.Slug], task.UploadedFiles.Select(i => i.GetMetadata("Slug")));
        Assert.Contains(stored.Slug, File.ReadAllText(task.LinksFile), StringComparison.Ordinal);
    }
}
