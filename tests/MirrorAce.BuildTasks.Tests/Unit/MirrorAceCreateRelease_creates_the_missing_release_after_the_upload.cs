using Microsoft.Build.Framework;
using MirrorAce.GitHub;

namespace MirrorAce.BuildTasks.Tests.Unit;

/// <summary>MirrorAceCreateRelease=true: no release has the tag, so the build uploads and then creates the release listing the files.</summary>
public sealed class MirrorAceCreateRelease_creates_the_missing_release_after_the_upload : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_release_is_created_with_every_uploaded_file_in_its_notes(bool draft)
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("app.zip", 3_000);
        _folder.CreateFile("app.tar.gz", 2_000);
        var engine = new RecordingBuildEngine();
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("app.zip"), TaskHarness.Item("app.tar.gz"));
        TaskHarness.WriteReleaseNotes(task, sandbox, "v5.0");
        task.CreateRelease = true;
        task.ReleaseDraft = draft;

        Assert.True(task.Execute(), string.Join("\n", engine.AllText));

        var release = Assert.Single(sandbox.GitHub.ReleasesWithTag(TaskHarness.GitHubRepository, "v5.0"));
        Assert.Equal(draft, release.Draft);
        Assert.Equal(Environment.GetEnvironmentVariable("GITHUB_SHA") is { Length: > 0 } sha ? sha : "main", release.TargetCommitish);
        var rows = ReleaseNotesSection.ReadRows(release.Body);
        Assert.Equal(task.UploadedFiles.Select(i => (i.GetMetadata("Name"), i.GetMetadata("Slug"))).Order(),
            rows.Select(r => (r.Name, r.Slug)).Order());
        Assert.Equal(2, sandbox.CompletedUploadCount);
        Assert.Contains(engine.Messages, m => m.Importance == MessageImportance.High
            && m.Message!.StartsWith("MirrorAce: Release notes of release v5.0 (created by this run): 2 added, ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_it_a_missing_release_is_MA3001_before_anything_is_uploaded()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("app.zip", 3_000);
        var engine = new RecordingBuildEngine();
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("app.zip"));
        TaskHarness.WriteReleaseNotes(task, sandbox, "v5.1");

        Assert.False(task.Execute());

        Assert.Contains(engine.Errors, e => e.Code == ErrorCodes.ReleaseNotFound);
        Assert.Equal(0, sandbox.CompletedUploadCount);
        Assert.Empty(sandbox.GitHub.ReleasesWithTag(TaskHarness.GitHubRepository, "v5.1"));
        Assert.DoesNotContain(sandbox.GitHub.Requests, r => r.Method == "POST");
    }
}
