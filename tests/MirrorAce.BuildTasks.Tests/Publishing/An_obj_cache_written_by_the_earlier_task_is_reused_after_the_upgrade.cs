using System.Globalization;
using System.Text.Json;

namespace MirrorAce.BuildTasks.Tests.Publishing;

/// <summary>
/// Issue 13: the obj/ cache is now the engine's upload cache; a version-1 file the task wrote before must still serve its
/// uploads, so upgrading the package costs no upload (MirrorAce has no delete call: a duplicate stays).
/// </summary>
public sealed class An_obj_cache_written_by_the_earlier_task_is_reused_after_the_upgrade : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_version_1_entry_is_confirmed_with_file_info_and_reused()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var path = _folder.CreateFile("app.zip", 4_000);
        var first = TaskHarness.CreateTask(sandbox, _folder, new RecordingBuildEngine(), TaskHarness.Item("app.zip"));
        Assert.True(first.Execute());
        var uploaded = Assert.Single(first.UploadedFiles);
        // What the earlier task wrote, field for field (its format had requestedMirrors, which the engine ignores).
        var cache = Path.Combine(_folder.Path, "obj", "mirrorace-upload-cache.json");
        Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
        await File.WriteAllTextAsync(cache, JsonSerializer.Serialize(new
        {
            version = 1,
            entries = new[]
            {
                new
                {
                    apiUrl = sandbox.ApiUrl.AbsoluteUri,
                    path,
                    requestedMirrors = "",
                    size = new FileInfo(path).Length,
                    lastWriteUtc = File.GetLastWriteTimeUtc(path),
                    sha256 = uploaded.GetMetadata("Sha256"),
                    name = uploaded.GetMetadata("Name"),
                    slug = uploaded.GetMetadata("Slug"),
                    url = uploaded.GetMetadata("Url"),
                    mirrors = uploaded.GetMetadata("Mirrors").Split(','),
                },
            },
        }));
        var infos = sandbox.FileInfoRequestCount;

        var engine = new RecordingBuildEngine();
        var second = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("app.zip"));
        second.CacheFile = cache;
        Assert.True(second.Execute(), string.Join("\n", engine.AllText));

        Assert.Equal(1, sandbox.CompletedUploadCount);
        Assert.Equal(infos + 1, sandbox.FileInfoRequestCount);
        var item = Assert.Single(second.UploadedFiles);
        Assert.Equal(uploaded.GetMetadata("Slug"), item.GetMetadata("Slug"));
        Assert.Equal("true", item.GetMetadata("Reused"));
        Assert.Equal(new FileInfo(path).Length.ToString(CultureInfo.InvariantCulture), item.GetMetadata("Size"));
    }
}
