
namespace MirrorAce.BuildTasks.Tests.Hardening;

/// <summary>
/// Issue 12, class 4, in MSBuild: the build cache serves some files before the engine sees the rest, so the clash
/// is checked on every item first; one item served from the cache must not hide its twin.
/// </summary>
public sealed class Two_items_with_one_name_are_refused : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_build_fails_with_MA1072_even_when_one_of_them_is_cached()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("out/linux/app.zip", 2_000);
        _folder.CreateFile("out/win/app.zip", 2_100);
        var cache = Path.Combine(_folder.Path, "obj", "cache.json");
        var first = TaskHarness.CreateTask(sandbox, _folder, new RecordingBuildEngine(), TaskHarness.Item("out/linux/app.zip"));
        first.CacheFile = cache;
        Assert.True(first.Execute());

        var engine = new RecordingBuildEngine();
        var second = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("out/linux/app.zip"), TaskHarness.Item("out/win/app.zip"));
        second.CacheFile = cache;

        Assert.False(second.Execute());
        // The engine refuses the second name (MA1072, naming both) and leaves the first unsent (MA1007), as in every door.
        Assert.Equal([ErrorCodes.NotAttempted, ErrorCodes.DuplicateName], engine.Errors.Select(e => e.Code));
        var error = engine.Errors[1];
        Assert.Contains("out/linux/app.zip", error.Message, StringComparison.Ordinal);
        Assert.Contains("out/win/app.zip", error.Message, StringComparison.Ordinal);
        Assert.Single(sandbox.Files);
    }
}
