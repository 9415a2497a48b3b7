
namespace MirrorAce.BuildTasks.Tests.Hardening;

/// <summary>
/// Issue 12, class 1, in MSBuild: MSBuild expands wildcards before the task sees the items, so a hidden item
/// (a segment starting with '.' below the project) is left out unless MirrorAceIncludeHiddenFiles is true.
/// </summary>
public sealed class Hidden_items_are_left_out_unless_asked_for : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_git_config_among_the_items_is_not_uploaded_and_the_log_says_why()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("bin/app.zip", 2_000);
        _folder.CreateFile(".git/config", 200);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("bin/app.zip"), TaskHarness.Item(".git/config"));

        Assert.True(task.Execute(), string.Join('\n', _engine.Errors.Select(e => e.Message)));

        Assert.Equal(["app.zip"], sandbox.Files.Select(f => f.Name));
        Assert.Equal(["bin/app.zip"], task.UploadedFiles.Select(i => i.ItemSpec.Replace('\\', '/')));
        Assert.Contains(_engine.Messages, m => m.Message!.Contains(".git/config", StringComparison.Ordinal) && m.Message.Contains("MirrorAceIncludeHiddenFiles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IncludeHiddenFiles_uploads_them()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("bin/.build-info.json", 200);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("bin/.build-info.json"));
        task.IncludeHiddenFiles = true;

        Assert.True(task.Execute(), string.Join('\n', _engine.Errors.Select(e => e.Message)));

        Assert.Equal([".build-info.json"], sandbox.Files.Select(f => f.Name));
    }
}
