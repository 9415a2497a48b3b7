using Microsoft.Build.Framework;
using MirrorAce.Sandbox;

namespace MirrorAce.BuildTasks.Tests.Unit;

public sealed class DryRunTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string CacheFile => Path.Combine(_folder.Path, "obj", "cache.json");

    private string LinksFile => Path.Combine(_folder.Path, "obj", "links.json");

    private (MirrorAceUpload Task, RecordingBuildEngine Engine) Build(SandboxServer sandbox, bool dryRun, params ITaskItem[] files)
    {
        var engine = new RecordingBuildEngine();
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, files);
        task.CacheFile = CacheFile;
        task.LinksFile = LinksFile;
        task.DryRun = dryRun;
        return (task, engine);
    }

    private static List<string> Plan(RecordingBuildEngine engine) =>
        engine.Messages.Where(m => m.Importance == MessageImportance.High && m.Message!.StartsWith("MirrorAce: dry run: ", StringComparison.Ordinal))
            .Select(m => m.Message!).ToList();

    [Fact]
    public async Task A_dry_run_asks_for_upload_variables_but_sends_no_file_byte_writes_nothing_and_returns_no_items()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("app.zip", 250_000);
        _folder.CreateFile("notes.txt", 1_000);
        var (task, engine) = Build(sandbox, dryRun: true, TaskHarness.Item("app.zip"), TaskHarness.Item("notes.txt", mirrors: "3"));
        task.ChunkSize = 100_000;

        Assert.True(task.Execute(), string.Join("\n", engine.AllText));

        Assert.True(sandbox.UploadVariablesRequestCount > 0, "the credentials and mirrors were not checked with the server");
        Assert.Equal(0, sandbox.ChunkRequestCount);
        Assert.Empty(sandbox.Files);
        Assert.Empty(task.UploadedFiles);
        Assert.False(File.Exists(LinksFile));
        Assert.False(File.Exists(CacheFile));
        var plan = Plan(engine);
        Assert.Contains("MirrorAce: dry run: app.zip (244.14 KiB): 3 requests to mirrors 1, 2", plan);
        Assert.Contains("MirrorAce: dry run: notes.txt (1000 B): 1 request to mirrors 3", plan);
    }

    [Fact]
    public async Task A_dry_run_says_which_files_the_cache_would_reuse_once_file_info_confirms_them()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("app.zip", 3_000);
        var (upload, uploadLog) = Build(sandbox, dryRun: false, TaskHarness.Item("app.zip"));
        Assert.True(upload.Execute(), string.Join("\n", uploadLog.AllText));
        var url = upload.UploadedFiles[0].GetMetadata("Url");
        var (chunks, infos) = (sandbox.ChunkRequestCount, sandbox.FileInfoRequestCount);

        var (task, engine) = Build(sandbox, dryRun: true, TaskHarness.Item("app.zip"));
        Assert.True(task.Execute(), string.Join("\n", engine.AllText));

        Assert.Contains(Plan(engine), line => line.StartsWith($"MirrorAce: dry run: app.zip (2.93 KiB): would reuse {url}", StringComparison.Ordinal));
        Assert.Equal(infos + 1, sandbox.FileInfoRequestCount);
        Assert.Equal(chunks, sandbox.ChunkRequestCount);
        Assert.Empty(task.UploadedFiles);
    }

    [Fact]
    public async Task A_dry_run_of_an_upload_MirrorAce_no_longer_holds_plans_to_upload_it_again()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("app.zip", 3_000);
        var (upload, uploadLog) = Build(sandbox, dryRun: false, TaskHarness.Item("app.zip"));
        Assert.True(upload.Execute(), string.Join("\n", uploadLog.AllText));
        sandbox.SetFileStatus(upload.UploadedFiles[0].GetMetadata("Slug"), "user removed");

        var (task, engine) = Build(sandbox, dryRun: true, TaskHarness.Item("app.zip"));
        Assert.True(task.Execute(), string.Join("\n", engine.AllText));

        Assert.Contains("MirrorAce: dry run: app.zip (2.93 KiB): 1 request to mirrors 1, 2", Plan(engine));
    }

    [Fact]
    public async Task A_dry_run_reports_what_cannot_be_uploaded_with_the_code_a_real_build_would_give()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("app.zip", 3_000);
        var (task, engine) = Build(sandbox, dryRun: true, TaskHarness.Item("app.zip", mirrors: "9"));

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(ErrorCodes.UnknownMirror, error.Code);
        Assert.Equal(Path.Combine(_folder.Path, "app.zip"), error.File);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task A_dry_run_of_a_file_over_the_limit_with_split_says_into_how_many_parts()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync(o => (o.MaxFileSize, o.MaxChunkSize) = (100_000, 40_000));
        _folder.CreateFile("disk.img", 250_000);
        var (task, engine) = Build(sandbox, dryRun: true, TaskHarness.Item("disk.img"));
        task.Split = true;

        Assert.True(task.Execute(), string.Join("\n", engine.AllText));

        // Parts of two whole 40,000-byte chunks, below the 100,000-byte limit: 80,000 + 80,000 + 80,000 + 10,000.
        Assert.Contains("MirrorAce: dry run: disk.img (244.14 KiB): 7 requests to mirrors 1, 2, split into 4 parts", Plan(engine));
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task A_dry_run_with_a_release_tag_reads_the_release_and_writes_nothing()
    {
        // As in every door: a dry run reads the release (its rows would be reused, and the token is proven to see it) and writes nothing.
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var release = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.2", "Notes.\n");
        _folder.CreateFile("app.zip", 3_000);
        var (task, engine) = Build(sandbox, dryRun: true, TaskHarness.Item("app.zip"));
        TaskHarness.WriteReleaseNotes(task, sandbox, "v1.2");

        Assert.True(task.Execute(), string.Join("\n", engine.AllText));

        Assert.NotEmpty(sandbox.GitHub.Requests);
        Assert.All(sandbox.GitHub.Requests, r => Assert.Equal("GET", r.Method));
        Assert.Equal("Notes.\n", sandbox.GitHub.ReleaseBody(release));
        Assert.Contains(engine.Messages, m => m.Importance == MessageImportance.High
            && m.Message!.StartsWith("MirrorAce: Dry run: 1 file ready; ", StringComparison.Ordinal)
            && m.Message.EndsWith("A real build would list them in the notes of release 'v1.2' of contoso/app.", StringComparison.Ordinal));
    }
}
