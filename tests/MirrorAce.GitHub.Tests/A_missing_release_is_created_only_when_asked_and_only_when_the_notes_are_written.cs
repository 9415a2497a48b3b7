using MirrorAce.GitHub.Tests.Support;
using MirrorAce.Sandbox;

namespace MirrorAce.GitHub.Tests;

/// <summary>
/// Reading (before the upload) never creates anything; writing (after it) creates the release only with
/// <see cref="ReleaseNotesOptions.CreateRelease"/>, and joins a release or draft that is already there.
/// </summary>
public abstract class A_missing_release_is_created_only_when_asked_and_only_when_the_notes_are_written(GitHubTransport transport)
{
    private ReleaseNotesOptions Quick { get; } = GitHubTargets.Quick with { Transport = transport };

    private ReleaseNotesOptions Create => Quick with { CreateRelease = new ReleaseCreation(TargetCommitish: "f00d") };

    [Fact]
    public async Task Without_the_option_reading_and_writing_a_missing_release_are_MA3001_and_nothing_is_created()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var target = GitHubTargets.ByTag(sandbox, "v1.0");

        var read = await Assert.ThrowsAsync<MirrorAceException>(() => ReleaseNotesReader.ReadAsync(target, false, Quick));
        var write = await Assert.ThrowsAsync<MirrorAceException>(() => ReleaseNotesPublisher.PublishAsync(target, [Uploads.File("a.zip", "s1")], Quick));

        Assert.Equal((ErrorCodes.ReleaseNotFound, ErrorCodes.ReleaseNotFound), (read.Code, write.Code));
        Assert.DoesNotContain(sandbox.GitHub.Requests, r => r.Method is "POST" or "PATCH");
    }

    [Fact]
    public async Task With_the_option_reading_a_missing_release_gives_nothing_to_reuse_and_sends_only_reads()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();

        var contents = await ReleaseNotesReader.ReadAsync(GitHubTargets.ByTag(sandbox, "v1.0"), true, Create);

        Assert.False(contents.Exists);
        Assert.Empty(contents.Rows);
        Assert.Empty(contents.Assets);
        Assert.All(sandbox.GitHub.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task With_the_option_writing_creates_the_release_at_the_commit_with_the_rows_as_its_notes()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var files = new[] { Uploads.File("a.zip", "s1"), Uploads.File("b.zip", "s2") };

        var result = await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(sandbox, "v1.0"), files, Create);

        var release = Assert.Single(sandbox.GitHub.ReleasesWithTag(GitHubTargets.Repository, "v1.0"));
        Assert.Equal((release.Id, true, true, 1), (result.ReleaseId, result.Created, result.Changed, result.Writes));
        Assert.Equal(["a.zip", "b.zip"], result.Added);
        Assert.Equal(ReleaseNotesSection.Merge(null, files).Body, release.Body);
        Assert.Equal(("v1.0", "f00d", false), (release.Name, release.TargetCommitish, release.Draft));
        Assert.Equal(0, sandbox.GitHub.PatchCount);
    }

    [Fact]
    public async Task An_existing_draft_is_joined_the_oldest_when_several_share_the_tag_and_nothing_is_created()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var oldest = sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v2.0", "Draft notes.\n", draft: true);
        var newer = sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v2.0", "Another draft.\n", draft: true);

        var result = await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(sandbox, "v2.0"), [Uploads.File("a.zip", "s1")],
            Create with { CreateRelease = new ReleaseCreation(Draft: true) });

        Assert.Equal((oldest, false), (result.ReleaseId, result.Created));
        Assert.Equal(["a.zip"], ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(oldest)).Select(r => r.Name));
        Assert.Equal("Another draft.\n", sandbox.GitHub.ReleaseBody(newer));
        Assert.Equal(0, sandbox.GitHub.CreatedCount);
    }

    [Fact]
    public async Task A_job_whose_draft_lost_the_race_moves_its_rows_to_the_older_draft_and_deletes_its_own()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var files = new[] { Uploads.File("late.zip", "s9") };
        var target = GitHubTargets.ByTag(sandbox, "v3.0");
        // Another job's draft appears between this job's lookup (nothing found) and its own POST, which the sandbox holds for a second.
        sandbox.GitHub.HoldCreates(2, TimeSpan.FromSeconds(1));
        var publishing = ReleaseNotesPublisher.PublishAsync(target, files, Create with { CreateRelease = new ReleaseCreation(Draft: true) });
        while (!sandbox.GitHub.Requests.Any(r => r.Method == "GET" && r.Query.Contains("per_page", StringComparison.Ordinal)))
        {
            await Task.Delay(5);
        }

        var other = sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v3.0", ReleaseNotesSection.Merge(null, [Uploads.File("early.zip", "s1")]).Body, draft: true);
        var result = await publishing;

        var kept = Assert.Single(sandbox.GitHub.ReleasesWithTag(GitHubTargets.Repository, "v3.0"));
        Assert.Equal(other, kept.Id);
        Assert.Equal((other, false), (result.ReleaseId, result.Created));
        Assert.Equal(["early.zip", "late.zip"], ReleaseNotesSection.ReadRows(kept.Body).Select(r => r.Name));
        Assert.Equal((1, 1), (sandbox.GitHub.CreatedCount, sandbox.GitHub.DeletedCount));
    }

    /// <summary>Through Octokit, the GitHub Action's and the MSBuild task's transport.</summary>
    public sealed class OverOctokit() : A_missing_release_is_created_only_when_asked_and_only_when_the_notes_are_written(GitHubTransport.Octokit);

    /// <summary>Through HttpClient and source-generated JSON, the native CLI's transport.</summary>
    public sealed class OverHttpClient() : A_missing_release_is_created_only_when_asked_and_only_when_the_notes_are_written(GitHubTransport.HttpClient);
}
