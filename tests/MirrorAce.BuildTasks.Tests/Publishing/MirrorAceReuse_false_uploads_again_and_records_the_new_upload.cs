
namespace MirrorAce.BuildTasks.Tests.Publishing;

/// <summary>
/// Issue 13: <c>MirrorAceReuse=false</c> is MSBuild's <c>--no-reuse</c>: no earlier upload is offered, and the new upload is recorded,
/// as in every door, so the next build reuses the fresh one.
/// </summary>
public sealed class MirrorAceReuse_false_uploads_again_and_records_the_new_upload : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_unchanged_file_is_sent_again_and_the_cache_then_names_the_new_upload()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("app.zip", 4_000);
        var cache = Path.Combine(_folder.Path, "obj", "cache.json");
        var first = TaskHarness.CreateTask(sandbox, _folder, new RecordingBuildEngine(), TaskHarness.Item("app.zip"));
        first.CacheFile = cache;
        Assert.True(first.Execute());
        var remembered = await File.ReadAllTextAsync(cache);
        var infos = sandbox.FileInfoRequestCount;

        var engine = new RecordingBuildEngine();
        var second = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("app.zip"));
        second.CacheFile = cache;
        second.Reuse = false;
        Assert.True(second.Execute(), string.Join("\n", engine.AllText));

        Assert.Equal(2, sandbox.CompletedUploadCount);
        var item = Assert.Single(second.UploadedFiles);
        Assert.Equal("false", item.GetMetadata("Reused"));
        Assert.NotEqual(first.UploadedFiles[0].GetMetadata("Slug"), item.GetMetadata("Slug"));
        var now = await File.ReadAllTextAsync(cache);
        Assert.Contains(first.UploadedFiles[0].GetMetadata("Slug"), remembered, StringComparison.Ordinal);
        Assert.DoesNotContain(first.UploadedFiles[0].GetMetadata("Slug"), now, StringComparison.Ordinal);
        Assert.Contains(item.GetMetadata("Slug"), now, StringComparison.Ordinal);
        // No earlier upload was even looked up: file/info only verifies the new upload.
        Assert.DoesNotContain(engine.AllText, line => line.Contains("reused", StringComparison.Ordinal));
        Assert.True(sandbox.FileInfoRequestCount > infos);
    }
}
