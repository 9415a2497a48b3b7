using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>The release's notes list the uploaded files, and a re-run reuses what they list instead of uploading it again.</summary>
public class ReleaseNotesTests
{
    private const string Notes = "Written by hand.\n";

    [Fact]
    public async Task The_uploaded_files_are_listed_in_the_notes_of_the_release_tag_and_the_text_around_them_is_kept()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", Notes);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/app.zip", 3_000);
        step.Workspace.CreateFile("dist/app.tar.gz", 2_000);
        step.For(sandbox, "dist/*").WithRelease(sandbox, "v1.0", enterprise: true);

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var links = LinksJson.Parse(run.Outputs["links"]);
        var body = sandbox.GitHub.ReleaseBody(id)!;
        Assert.Equal(ReleaseNotesSection.Merge(Notes, links).Body, body);
        Assert.StartsWith(Notes + "\n" + ReleaseNotesSection.StartMarker, body, StringComparison.Ordinal);
        Assert.Contains(run.StdoutLines, l => l.StartsWith("Release notes of release v1.0: 2 added, 0 replaced, 0 already listed (http", StringComparison.Ordinal));
        // GITHUB_API_URL is used as given: a GitHub Enterprise Server root keeps its /api/v3.
        Assert.All(sandbox.GitHub.Requests, r => Assert.StartsWith("/api/v3/repos/octo-org/octo-app/releases", r.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_release_of_a_release_event_is_found_by_the_id_in_its_payload()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v2.0", null);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 1_000);
        step.For(sandbox, "app.zip").WithRelease(sandbox, releaseTag: null);
        step.EventName = "release";
        step.EventPayload = $$$"""{"action":"published","release":{"id":{{{id}}},"tag_name":"v2.0","body":null}}""";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["app.zip"], ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)).Select(r => r.Name));
        Assert.DoesNotContain(sandbox.GitHub.Requests, r => r.Path.Contains("/tags/", StringComparison.Ordinal));
        Assert.Contains(sandbox.GitHub.Requests, r => r.Method == "PATCH" && r.Path == $"/github/repos/octo-org/octo-app/releases/{id}");
    }

    [Fact]
    public async Task A_draft_named_by_release_tag_gets_the_files_in_its_notes_and_stays_a_draft()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v3.0-rc.1", Notes, draft: true);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 1_000);
        step.For(sandbox, "app.zip").WithRelease(sandbox, "v3.0-rc.1");

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["app.zip"], ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)).Select(r => r.Name));
        Assert.True(sandbox.GitHub.Release(id).Draft);
    }

    [Fact]
    public async Task A_rerun_with_the_same_files_uploads_nothing_and_leaves_the_notes_as_they_are()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", Notes);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/app.zip", 3_000);
        step.Workspace.CreateFile("dist/app.tar.gz", 2_000);
        step.For(sandbox, "dist/*").WithRelease(sandbox, "v1.0");
        var first = await step.RunAsync();
        Assert.True(first.ExitCode == 0, first.ToString());
        var (body, completed, chunks, patches) = (sandbox.GitHub.ReleaseBody(id), sandbox.CompletedUploadCount, sandbox.ChunkRequestCount, sandbox.GitHub.PatchCount);

        var again = await step.RunAsync();

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(completed, sandbox.CompletedUploadCount);
        Assert.Equal(chunks, sandbox.ChunkRequestCount);
        Assert.Equal(patches, sandbox.GitHub.PatchCount);
        Assert.Equal(body, sandbox.GitHub.ReleaseBody(id));
        // Reused files reach later steps exactly as uploaded ones do.
        Assert.Equal(first.Outputs, again.Outputs);
        Assert.Contains("2 of them reused", again.Summary, StringComparison.Ordinal);
        var zip = LinksJson.Parse(again.Outputs["links"]).Single(l => l.Name == "app.zip");
        Assert.Contains($"  app.zip (2.93 KiB): {zip.Url} (reused)", again.StdoutLines);
        Assert.Contains(again.StdoutLines, l => l.StartsWith("Release notes of release v1.0: unchanged, all 2 files already listed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_earlier_upload_removed_from_MirrorAce_is_uploaded_again_and_replaces_its_row()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", Notes);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("a.zip", 1_000);
        step.Workspace.CreateFile("b.zip", 2_000);
        step.For(sandbox, "*.zip").WithRelease(sandbox, "v1.0");
        Assert.Equal(0, (await step.RunAsync()).ExitCode);
        var before = ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)).ToDictionary(r => r.Name, r => r.Slug);
        sandbox.SetFileStatus(before["b.zip"], "user removed");
        var completed = sandbox.CompletedUploadCount;

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(completed + 1, sandbox.CompletedUploadCount);
        var after = ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)).ToDictionary(r => r.Name, r => r.Slug);
        Assert.Equal(["a.zip", "b.zip"], after.Keys);
        Assert.Equal(before["a.zip"], after["a.zip"]);
        var reuploaded = LinksJson.Parse(run.Outputs["links"]).Single(l => l.Path == "b.zip");
        Assert.Equal(reuploaded.Slug, after["b.zip"]);
        Assert.NotEqual(before["b.zip"], after["b.zip"]);
        // MirrorAce renames a second upload under a name it already holds; the notes still list the file under its own name.
        Assert.Equal("b (2).zip", reuploaded.Name);
        Assert.Contains(run.StdoutLines, l => l.StartsWith("Release notes of release v1.0: 0 added, 1 replaced, 1 already listed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_read_only_token_fails_the_step_with_MA3002_but_the_files_are_uploaded_and_in_the_outputs()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", Notes);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 1_000);
        step.For(sandbox, "app.zip").WithRelease(sandbox, "v1.0");
        step.Inputs["github-token"] = sandbox.GitHub.ReadOnlyToken;

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.Commands("error"));
        Assert.StartsWith("::error title=MA3002::The token may not edit the notes of release 'v1.0' of octo-org/octo-app (HTTP 403).", error, StringComparison.Ordinal);
        Assert.Contains("permissions: contents: write", error, StringComparison.Ordinal);
        var link = Assert.Single(LinksJson.Parse(run.Outputs["links"]));
        Assert.Equal(link.Url, run.Outputs["urls"]);
        Assert.NotNull(sandbox.FindBySlug(link.Slug));
        Assert.Equal(Notes, sandbox.GitHub.ReleaseBody(id));
    }

    [Fact]
    public async Task A_release_tag_that_does_not_exist_stops_the_run_before_anything_is_uploaded()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 1_000);
        step.For(sandbox, "app.zip").WithRelease(sandbox, "v9.9");

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("::error title=MA3001::Release 'v9.9' not found in octo-org/octo-app.", Assert.Single(run.Commands("error")), StringComparison.Ordinal);
        Assert.Equal(0, sandbox.UploadVariablesRequestCount);
        Assert.Empty(run.OutputFile);
    }

    [Fact]
    public async Task An_empty_github_token_where_a_release_is_named_stops_the_run_before_anything_is_uploaded()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 1_000);
        step.For(sandbox, "app.zip").WithRelease(sandbox, "v1.0");
        step.Inputs["github-token"] = "";

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("::error title=MA3006::No GitHub token was given", Assert.Single(run.Commands("error")), StringComparison.Ordinal);
        Assert.Equal(0, sandbox.UploadVariablesRequestCount);
        Assert.Empty(sandbox.GitHub.Requests);
    }

    [Fact]
    public async Task Without_a_release_tag_or_a_release_event_GitHub_is_not_asked_and_releases_are_not_mentioned()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 100);
        step.For(sandbox, "app.zip").WithRelease(sandbox, releaseTag: null);

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(sandbox.GitHub.Requests);
        Assert.DoesNotContain(run.StdoutLines, l => l.Contains("release", StringComparison.OrdinalIgnoreCase));
    }
}
