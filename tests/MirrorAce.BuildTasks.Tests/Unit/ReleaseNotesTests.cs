using Microsoft.Build.Framework;
using MirrorAce.GitHub;
using MirrorAce.Sandbox;

namespace MirrorAce.BuildTasks.Tests.Unit;

public sealed class ReleaseNotesTests : IDisposable
{
    private const string StartMarker = "<!-- mirrorace:links:start -->";
    private const string Handwritten = "Fixed the frobnicator.\n";

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string CacheFile => Path.Combine(_folder.Path, "obj", "cache.json");

    private (MirrorAceUpload Task, RecordingBuildEngine Engine) Build(SandboxServer sandbox, string? tag, params string[] files)
    {
        var engine = new RecordingBuildEngine();
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, [.. files.Select(f => TaskHarness.Item(f))]);
        task.CacheFile = CacheFile;
        if (tag is not null) TaskHarness.WriteReleaseNotes(task, sandbox, tag);
        return (task, engine);
    }

    private static void Run(MirrorAceUpload task, RecordingBuildEngine engine) =>
        Assert.True(task.Execute(), string.Join("\n", engine.AllText));

    private static IEnumerable<string> HighMessages(RecordingBuildEngine engine) =>
        engine.Messages.Where(m => m.Importance == MessageImportance.High).Select(m => m.Message!);

    [Fact]
    public async Task With_a_release_tag_the_notes_list_every_uploaded_file_below_the_text_people_wrote()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var release = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.2", Handwritten);
        _folder.CreateFile("app.zip", 3_000);
        _folder.CreateFile("app.tar.gz", 2_000);
        var (task, engine) = Build(sandbox, "v1.2", "app.zip", "app.tar.gz");

        Run(task, engine);

        var body = sandbox.GitHub.ReleaseBody(release)!;
        Assert.StartsWith(Handwritten, body, StringComparison.Ordinal);
        var section = body[body.IndexOf(StartMarker, StringComparison.Ordinal)..];
        foreach (var item in task.UploadedFiles)
        {
            Assert.Contains($"| {item.GetMetadata("Name")} |", section, StringComparison.Ordinal);
            Assert.Contains(item.GetMetadata("Url"), section, StringComparison.Ordinal);
            Assert.Contains(item.GetMetadata("Sha256"), section, StringComparison.Ordinal);
        }
        Assert.Equal(1, sandbox.GitHub.PatchCount);
        Assert.Contains(HighMessages(engine), m => m.StartsWith("MirrorAce: Release notes of release v1.2: 2 added, 0 replaced, 0 already listed (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rerun_on_a_fresh_machine_reuses_what_the_release_lists_instead_of_uploading_again()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var release = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v2.0", Handwritten);
        _folder.CreateFile("app.zip", 3_000);
        var (first, firstEngine) = Build(sandbox, "v2.0", "app.zip");
        Run(first, firstEngine);
        var body = sandbox.GitHub.ReleaseBody(release);
        File.Delete(CacheFile); // a CI runner starts with an empty obj/

        var (again, engine) = Build(sandbox, "v2.0", "app.zip");
        Run(again, engine);

        Assert.Equal(1, sandbox.CompletedUploadCount);
        Assert.Equal(1, sandbox.GitHub.PatchCount);
        Assert.Equal(body, sandbox.GitHub.ReleaseBody(release));
        Assert.Equal(first.UploadedFiles[0].GetMetadata("Url"), again.UploadedFiles[0].GetMetadata("Url"));
    }

    [Fact]
    public async Task Building_again_with_unchanged_files_sends_no_PATCH_and_says_they_are_already_listed()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var release = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.2", Handwritten);
        _folder.CreateFile("app.zip", 3_000);
        _folder.CreateFile("app.tar.gz", 2_000);
        var (first, firstLog) = Build(sandbox, "v1.2", "app.zip", "app.tar.gz");
        Run(first, firstLog);
        var body = sandbox.GitHub.ReleaseBody(release);

        var (second, secondLog) = Build(sandbox, "v1.2", "app.zip", "app.tar.gz");
        Run(second, secondLog);

        Assert.Equal(1, sandbox.GitHub.PatchCount);
        Assert.Equal(body, sandbox.GitHub.ReleaseBody(release));
        Assert.Contains(HighMessages(secondLog), m => m.StartsWith("MirrorAce: Release notes of release v1.2: unchanged, all 2 files already listed (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Files_the_cache_reuses_are_listed_as_well_as_files_uploaded_now()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var release = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.2", Handwritten);
        _folder.CreateFile("app.zip", 3_000);
        var (earlier, earlierLog) = Build(sandbox, tag: null, "app.zip");
        Run(earlier, earlierLog);
        _folder.CreateFile("app.tar.gz", 2_000);

        var (task, engine) = Build(sandbox, "v1.2", "app.zip", "app.tar.gz");
        Run(task, engine);

        Assert.Equal(["true", "false"], task.UploadedFiles.Select(i => i.GetMetadata("Reused")));
        var body = sandbox.GitHub.ReleaseBody(release)!;
        Assert.All(task.UploadedFiles, item => Assert.Contains(item.GetMetadata("Url"), body, StringComparison.Ordinal));
        Assert.Equal(2, sandbox.CompletedUploadCount);
    }

    [Fact]
    public async Task When_a_file_fails_the_notes_still_list_the_files_that_were_uploaded()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var release = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.2", Handwritten);
        _folder.CreateFile("a.bin", 1_000);
        _folder.CreateFile("b.bin", 1_000);
        var (task, engine) = Build(sandbox, "v1.2", "a.bin", "b.bin");
        task.Parallel = 1;
        // The second file's upload variables are refused on every retry and restart.
        sandbox.Faults.Add(new Fault(FaultKind.StatusError, Endpoint.UploadVariables, OnRequest: 3, Times: 100));

        Assert.False(task.Execute());

        Assert.Equal(ErrorCodes.ServerRefused, Assert.Single(engine.Errors).Code);
        var body = sandbox.GitHub.ReleaseBody(release)!;
        Assert.Contains($"| {Assert.Single(task.UploadedFiles).GetMetadata("Name")} |", body, StringComparison.Ordinal);
        Assert.DoesNotContain("b.bin", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_part_of_a_split_file_gets_its_own_row()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync(o => o.MaxFileSize = 100_000);
        var release = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.2", Handwritten);
        _folder.CreateFile("disk.img", 250_000);
        var (task, engine) = Build(sandbox, "v1.2", "disk.img");
        task.Split = true;

        Run(task, engine);

        var body = sandbox.GitHub.ReleaseBody(release)!;
        Assert.Equal(3, task.UploadedFiles.Length);
        Assert.All(task.UploadedFiles, item => Assert.Contains($"| {item.GetMetadata("Name")} |", body, StringComparison.Ordinal));
        Assert.Contains(HighMessages(engine), m => m.StartsWith("MirrorAce: Release notes of release v1.2: 3 added", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_release_tag_GitHub_is_never_asked()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.2", Handwritten);
        _folder.CreateFile("app.zip", 3_000);
        var (task, engine) = Build(sandbox, tag: null, "app.zip");
        task.GitHubRepository = TaskHarness.GitHubRepository;
        task.GitHubApiUrl = sandbox.GitHubApiUrl.AbsoluteUri;
        task.GitHubTokenVariable = TaskHarness.GitHubWriteTokenVariable;

        Run(task, engine);

        Assert.Single(task.UploadedFiles);
        Assert.Empty(sandbox.GitHub.Requests);
    }

    [Fact]
    public async Task A_missing_GitHub_token_is_an_MA3006_error_naming_the_variable_and_contents_write_before_anything_is_sent()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.2", Handwritten);
        _folder.CreateFile("app.zip", 3_000);
        var (task, engine) = Build(sandbox, tag: null, "app.zip");
        TaskHarness.WriteReleaseNotes(task, sandbox, "v1.2", tokenVariable: "MIRRORACE_TEST_GITHUB_TOKEN_THAT_IS_NOT_SET");

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(ErrorCodes.BadToken, error.Code);
        Assert.Contains("MIRRORACE_TEST_GITHUB_TOKEN_THAT_IS_NOT_SET", error.Message, StringComparison.Ordinal);
        Assert.Contains("permissions: contents: write", error.Message, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
        Assert.Empty(task.UploadedFiles);
    }

    [Fact]
    public async Task A_read_only_token_is_an_MA3002_error_naming_contents_write_and_the_uploads_still_come_back()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var release = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.2", Handwritten);
        _folder.CreateFile("app.zip", 3_000);
        var (task, engine) = Build(sandbox, tag: null, "app.zip");
        task.LinksFile = Path.Combine(_folder.Path, "links.json");
        TaskHarness.WriteReleaseNotes(task, sandbox, "v1.2", tokenVariable: TaskHarness.GitHubReadOnlyTokenVariable);

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(ErrorCodes.PermissionDenied, error.Code);
        Assert.Contains("contents: write", error.Message, StringComparison.Ordinal);
        Assert.Contains(TaskHarness.GitHubReadOnlyTokenVariable, error.Message, StringComparison.Ordinal);
        Assert.Equal(Handwritten, sandbox.GitHub.ReleaseBody(release));
        var item = Assert.Single(task.UploadedFiles);
        Assert.Contains(item.GetMetadata("Slug"), File.ReadAllText(task.LinksFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_release_tag_without_a_repository_is_an_MA3008_error_naming_the_property()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("app.zip", 3_000);
        var (task, engine) = Build(sandbox, "v1.2", "app.zip");
        task.GitHubRepository = "";

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(ErrorCodes.InvalidRepository, error.Code);
        Assert.Contains("MirrorAceGitHubRepository", error.Message, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }
}
