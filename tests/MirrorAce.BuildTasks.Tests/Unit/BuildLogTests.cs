using Microsoft.Build.Framework;

namespace MirrorAce.BuildTasks.Tests.Unit;

public sealed class BuildLogTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _folder.Dispose();

    private static bool IsProgressOf(BuildMessageEventArgs message, string file) =>
        message.Message!.StartsWith($"MirrorAce: {file}: ", StringComparison.Ordinal) && message.Message.Contains("% (", StringComparison.Ordinal);

    [Fact]
    public async Task A_big_file_logs_progress_every_tenth_at_normal_importance_and_a_small_file_none()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync(o => o.MaxChunkSize = 1 << 20);
        _folder.CreateFile("big.bin", Output.ProgressLines.TenthsFrom + (1 << 20));
        _folder.CreateFile("small.bin", 100_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("big.bin"), TaskHarness.Item("small.bin"));

        Assert.True(task.Execute(), string.Join("\n", _engine.AllText));

        var big = _engine.Messages.Where(m => IsProgressOf(m, "big.bin")).ToList();
        // 5 MiB in 1 MiB buffers: each buffer crosses one or two tenths; never a line per buffer beyond that.
        Assert.InRange(big.Count, 4, 9);
        Assert.All(big, m => Assert.Equal(MessageImportance.Normal, m.Importance));
        Assert.Equal(big.Count, big.Select(m => m.Message).Distinct().Count());
        Assert.DoesNotContain(_engine.Messages, m => IsProgressOf(m, "small.bin"));
    }

    [Fact]
    public async Task Each_result_is_logged_at_high_importance_with_its_link()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"));

        Assert.True(task.Execute(), string.Join("\n", _engine.AllText));

        var url = task.UploadedFiles[0].GetMetadata("Url");
        var result = Assert.Single(_engine.Messages, m => m.Message!.Contains(url, StringComparison.Ordinal));
        Assert.Equal(MessageImportance.High, result.Importance);
    }

    [Fact]
    public async Task Every_log_event_is_raised_on_the_thread_that_runs_Execute()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync(o => o.MaxChunkSize = 1 << 20);
        _folder.CreateFile("a.bin", Output.ProgressLines.TenthsFrom + 1);
        _folder.CreateFile("b.bin", Output.ProgressLines.TenthsFrom + 1);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"), TaskHarness.Item("b.bin"), TaskHarness.Item("missing.bin"));
        var thread = new Thread(() => task.Execute());
        thread.Start();
        thread.Join();

        Assert.NotEmpty(_engine.Events);
        Assert.All(_engine.Events, e => Assert.Equal(thread.ManagedThreadId, e.Thread));
    }

    [Fact]
    public async Task Parallel_uploads_still_log_from_the_thread_that_runs_Execute()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync(o => o.MaxChunkSize = 1 << 20);
        _folder.CreateFile("a.bin", Output.ProgressLines.TenthsFrom + 1);
        _folder.CreateFile("b.bin", Output.ProgressLines.TenthsFrom + 1);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"), TaskHarness.Item("b.bin"));
        task.Parallel = 2;
        var thread = new Thread(() => task.Execute());
        thread.Start();
        thread.Join();

        Assert.Equal(2, sandbox.CompletedUploadCount);
        Assert.Contains(_engine.Messages, m => IsProgressOf(m, "a.bin"));
        Assert.All(_engine.Events, e => Assert.Equal(thread.ManagedThreadId, e.Thread));
    }

    [Fact]
    public async Task Release_notes_lines_and_errors_are_raised_on_the_thread_that_runs_Execute_too()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.2", "Notes.\n");
        _folder.CreateFile("a.bin", 1_000);
        _folder.CreateFile("b.bin", 1_000);
        var threads = new List<int>();
        var engines = new List<RecordingBuildEngine>();
        // One build writes the notes, the other is refused by GitHub: both outcomes are logged from the publisher's continuations.
        // A file of its own per build: the second build has something to add, so GitHub is asked to write.
        foreach (var (variable, file) in new[] { (TaskHarness.GitHubWriteTokenVariable, "a.bin"), (TaskHarness.GitHubReadOnlyTokenVariable, "b.bin") })
        {
            var engine = new RecordingBuildEngine();
            var task = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item(file));
            TaskHarness.WriteReleaseNotes(task, sandbox, "v1.2", variable);
            var thread = new Thread(() => task.Execute());
            thread.Start();
            thread.Join();
            threads.Add(thread.ManagedThreadId);
            engines.Add(engine);
        }

        Assert.Contains(engines[0].Messages, m => m.Message!.StartsWith("MirrorAce: Release notes of release v1.2: ", StringComparison.Ordinal));
        Assert.Equal(ErrorCodes.PermissionDenied, Assert.Single(engines[1].Errors).Code);
        for (var i = 0; i < engines.Count; i++)
            Assert.All(engines[i].Events, e => Assert.Equal(threads[i], e.Thread));
    }
}
