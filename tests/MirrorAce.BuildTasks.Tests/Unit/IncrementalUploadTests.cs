using MirrorAce.Sandbox;

namespace MirrorAce.BuildTasks.Tests.Unit;

public sealed class IncrementalUploadTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string CacheFile => Path.Combine(_folder.Path, "obj", "mirrorace-upload-cache.json");

    private (MirrorAceUpload Task, RecordingBuildEngine Engine) Build(SandboxServer sandbox, params string[] files)
    {
        var engine = new RecordingBuildEngine();
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, [.. files.Select(f => TaskHarness.Item(f))]);
        task.CacheFile = CacheFile;
        return (task, engine);
    }

    private static void Run(MirrorAceUpload task, RecordingBuildEngine engine) =>
        Assert.True(task.Execute(), string.Join("\n", engine.AllText));

    [Fact]
    public async Task A_second_run_with_unchanged_files_uploads_nothing_and_returns_the_same_links_marked_reused()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 5_000);
        _folder.CreateFile("b.bin", 6_000);
        var (first, firstLog) = Build(sandbox, "a.bin", "b.bin");
        Run(first, firstLog);
        var chunks = sandbox.ChunkRequestCount;

        var (second, secondLog) = Build(sandbox, "a.bin", "b.bin");
        Run(second, secondLog);

        Assert.Equal(chunks, sandbox.ChunkRequestCount);
        Assert.Equal(2, sandbox.CompletedUploadCount);
        Assert.Equal(first.UploadedFiles.Select(i => i.GetMetadata("Url")), second.UploadedFiles.Select(i => i.GetMetadata("Url")));
        Assert.Equal(first.UploadedFiles.Select(i => i.GetMetadata("Sha256")), second.UploadedFiles.Select(i => i.GetMetadata("Sha256")));
        Assert.All(second.UploadedFiles, i => Assert.Equal("true", i.GetMetadata("Reused")));
        Assert.Equal(2, secondLog.Messages.Count(m => m.Message!.Contains("reused", StringComparison.Ordinal) && m.Importance == Microsoft.Build.Framework.MessageImportance.High));
    }

    [Fact]
    public async Task A_reused_upload_is_confirmed_with_one_batched_file_info_request()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 5_000);
        _folder.CreateFile("b.bin", 6_000);
        var (first, firstLog) = Build(sandbox, "a.bin", "b.bin");
        Run(first, firstLog);
        var infos = sandbox.FileInfoRequestCount;

        var (second, secondLog) = Build(sandbox, "a.bin", "b.bin");
        Run(second, secondLog);

        Assert.Equal(infos + 1, sandbox.FileInfoRequestCount);
    }

    [Fact]
    public async Task A_file_whose_content_changed_is_uploaded_again()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var path = _folder.CreateFile("a.bin", 5_000);
        var (first, firstLog) = Build(sandbox, "a.bin");
        Run(first, firstLog);
        var bytes = File.ReadAllBytes(path);
        bytes[0] ^= 0xFF;
        File.WriteAllBytes(path, bytes);

        var (second, secondLog) = Build(sandbox, "a.bin");
        Run(second, secondLog);

        Assert.Equal(2, sandbox.CompletedUploadCount);
        Assert.Equal(TempDirectory.Sha256Of(path), second.UploadedFiles[0].GetMetadata("Sha256"));
        Assert.NotEqual(first.UploadedFiles[0].GetMetadata("Slug"), second.UploadedFiles[0].GetMetadata("Slug"));
    }

    [Fact]
    public async Task A_file_rewritten_with_the_same_bytes_is_reused_after_hashing_it()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var path = _folder.CreateFile("a.bin", 5_000);
        var (first, firstLog) = Build(sandbox, "a.bin");
        Run(first, firstLog);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(5));

        var (second, secondLog) = Build(sandbox, "a.bin");
        Run(second, secondLog);

        Assert.Equal(1, sandbox.CompletedUploadCount);
        Assert.Equal("true", second.UploadedFiles[0].GetMetadata("Reused"));
    }

    [Fact]
    public async Task An_earlier_upload_MirrorAce_no_longer_holds_is_uploaded_again()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 5_000);
        var (first, firstLog) = Build(sandbox, "a.bin");
        Run(first, firstLog);
        sandbox.SetFileStatus(first.UploadedFiles[0].GetMetadata("Slug"), "user removed");

        var (second, secondLog) = Build(sandbox, "a.bin");
        Run(second, secondLog);

        Assert.Equal(2, sandbox.CompletedUploadCount);
        Assert.Equal("false", second.UploadedFiles[0].GetMetadata("Reused"));
        Assert.Contains(secondLog.AllText, line => line.Contains("'user removed'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Asking_for_other_mirrors_uploads_again()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 5_000);
        var (first, firstLog) = Build(sandbox, "a.bin");
        Run(first, firstLog);

        var (second, secondLog) = Build(sandbox, "a.bin");
        second.Mirrors = "3";
        Run(second, secondLog);

        Assert.Equal(2, sandbox.CompletedUploadCount);
        Assert.Equal(["3"], sandbox.FindBySlug(second.UploadedFiles[0].GetMetadata("Slug"))!.Mirrors);
    }

    [Fact]
    public async Task Another_API_url_uploads_again()
    {
        await using var first = await TaskHarness.StartSandboxAsync();
        await using var second = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 5_000);
        var (one, oneLog) = Build(first, "a.bin");
        Run(one, oneLog);

        var (two, twoLog) = Build(second, "a.bin");
        Run(two, twoLog);

        Assert.Equal(1, second.CompletedUploadCount);
    }

    [Fact]
    public async Task A_corrupt_cache_file_costs_an_upload_not_the_build()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 5_000);
        Directory.CreateDirectory(Path.GetDirectoryName(CacheFile)!);
        await File.WriteAllTextAsync(CacheFile, "{ not json");

        var (task, log) = Build(sandbox, "a.bin");
        Run(task, log);

        Assert.Equal(1, sandbox.CompletedUploadCount);
        Assert.Empty(log.Warnings);
    }
}
