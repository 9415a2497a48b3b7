using System.Diagnostics;

namespace MirrorAce.BuildTasks.Tests.Unit;

public sealed class CancellationTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Cancel_stops_an_upload_in_flight_promptly_with_MA1060_errors_and_no_items()
    {
        // Every chunk is stored, then answered only after 30 s: without cancellation the task would take that long.
        await using var sandbox = await TaskHarness.StartSandboxAsync(o => o.ResponseDelay = TimeSpan.FromSeconds(30));
        _folder.CreateFile("a.bin", 50_000);
        _folder.CreateFile("b.bin", 50_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"), TaskHarness.Item("b.bin"));
        task.LinksFile = Path.Combine(_folder.Path, "links.json");

        var execute = Task.Factory.StartNew(task.Execute, TaskCreationOptions.LongRunning);
        var waited = Stopwatch.StartNew();
        while (sandbox.ChunkRequestCount == 0 && waited.Elapsed < TimeSpan.FromSeconds(20))
            await Task.Delay(20);
        Assert.True(sandbox.ChunkRequestCount > 0, "no chunk reached the sandbox");

        var cancelled = Stopwatch.StartNew();
        task.Cancel();
        var succeeded = await execute.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(cancelled.Elapsed < TimeSpan.FromSeconds(5), $"Execute returned {cancelled.Elapsed} after Cancel");
        Assert.False(succeeded);
        Assert.Equal(2, _engine.Errors.Count(e => e.Code == ErrorCodes.Cancelled));
        Assert.Empty(task.UploadedFiles);
        Assert.Equal("[]", File.ReadAllText(task.LinksFile).Trim());
    }
}
