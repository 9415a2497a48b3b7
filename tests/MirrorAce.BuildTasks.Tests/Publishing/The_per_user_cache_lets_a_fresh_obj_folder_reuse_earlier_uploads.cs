using MirrorAce.Sandbox;

namespace MirrorAce.BuildTasks.Tests.Publishing;

/// <summary>
/// Issue 13: the task passes the per-user cache (<c>$XDG_CACHE_HOME/mirrorace/uploads.json</c>) beside its obj/ cache, so a
/// clone with an empty obj/ (or another project uploading the same file) reuses what this user uploaded before.
/// </summary>
public sealed class The_per_user_cache_lets_a_fresh_obj_folder_reuse_earlier_uploads : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly TempDirectory _cacheHome = new();

    public void Dispose()
    {
        _folder.Dispose();
        _cacheHome.Dispose();
    }

    private string UserCacheFile => Path.Combine(_cacheHome.Path, "mirrorace", "uploads.json");

    private MirrorAceUpload Build(SandboxServer sandbox, RecordingBuildEngine engine, string objCache, bool userCache)
    {
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("app.zip"));
        task.CacheFile = Path.Combine(_folder.Path, objCache, "mirrorace-upload-cache.json");
        task.UserCache = userCache;
        task.ReadVariable = name => name == "XDG_CACHE_HOME" ? _cacheHome.Path : Environment.GetEnvironmentVariable(name);
        return task;
    }

    [Fact]
    public async Task A_second_build_with_an_empty_obj_folder_reuses_the_upload_the_user_cache_remembers()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("app.zip", 4_000);
        var first = Build(sandbox, new RecordingBuildEngine(), "obj1", userCache: true);
        Assert.True(first.Execute());
        var slug = Assert.Single(first.UploadedFiles).GetMetadata("Slug");
        Assert.Contains(slug, await File.ReadAllTextAsync(UserCacheFile), StringComparison.Ordinal);
        Assert.Contains(slug, await File.ReadAllTextAsync(first.CacheFile!), StringComparison.Ordinal);

        var engine = new RecordingBuildEngine();
        var second = Build(sandbox, engine, "obj2", userCache: true);
        Assert.True(second.Execute(), string.Join("\n", engine.AllText));

        Assert.Equal(1, sandbox.CompletedUploadCount);
        var item = Assert.Single(second.UploadedFiles);
        Assert.Equal(slug, item.GetMetadata("Slug"));
        Assert.Equal("true", item.GetMetadata("Reused"));
        // The fresh obj/ cache learns the reused upload too.
        Assert.Contains(slug, await File.ReadAllTextAsync(second.CacheFile!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_MirrorAceUserCache_false_the_user_cache_is_neither_read_nor_written()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("app.zip", 4_000);
        var first = Build(sandbox, new RecordingBuildEngine(), "obj1", userCache: true);
        Assert.True(first.Execute());
        var before = await File.ReadAllTextAsync(UserCacheFile);

        var second = Build(sandbox, new RecordingBuildEngine(), "obj2", userCache: false);
        Assert.True(second.Execute());

        Assert.Equal(2, sandbox.CompletedUploadCount);
        Assert.Equal("false", Assert.Single(second.UploadedFiles).GetMetadata("Reused"));
        Assert.Equal(before, await File.ReadAllTextAsync(UserCacheFile));
    }
}
