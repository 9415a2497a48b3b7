using System.Diagnostics;
using System.Text.Json;
using MirrorAce.GitHub.Tests.Support;
using MirrorAce.Sandbox;
using MirrorAce.Sandbox.GitHub;

namespace MirrorAce.GitHub.Tests;

/// <summary>The publisher through real HTTP, over each transport, against the sandbox's GitHub releases API.</summary>
public abstract class ReleaseNotesPublisherTests(GitHubTransport transport) : IAsyncLifetime
{
    private ReleaseNotesOptions Quick { get; } = GitHubTargets.Quick with { Transport = transport };
    private ReleaseNotesOptions Default { get; } = ReleaseNotesOptions.Default with { Transport = transport };
    private SandboxServer _sandbox = null!;

    private GitHubSandbox GitHub => _sandbox.GitHub;

    public async Task InitializeAsync() => _sandbox = await TestSandbox.StartTolerantAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Empty_notes_get_the_section()
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", body: null);
        var app = Uploads.File("app.zip", "a1pp");

        var result = await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [app], Quick);

        Assert.Equal(ReleaseNotesSection.Render([app]), GitHub.ReleaseBody(id));
        Assert.True(result.Changed);
        Assert.Equal((id, "v1.0", 1), (result.ReleaseId!.Value, result.Tag, result.Writes));
        Assert.Equal(["app.zip"], result.Added);
        Assert.Equal(1, GitHub.PatchCount);
    }

    [Fact]
    public async Task Text_around_an_existing_section_is_kept_byte_for_byte()
    {
        const string before = "## What's new\n\n* Faster \u00fcploads \U0001F680   \n\n";
        const string after = "\n\n---\nThanks to @octocat.\n\n\n";
        var old = Uploads.File("old.zip", "o1d");
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", before + ReleaseNotesSection.Render([old]) + after);

        await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [Uploads.File("app.zip", "a1pp")], Quick);

        var body = GitHub.ReleaseBody(id)!;
        Assert.StartsWith(before + ReleaseNotesSection.StartMarker, body, StringComparison.Ordinal);
        Assert.EndsWith(ReleaseNotesSection.EndMarker + after, body, StringComparison.Ordinal);
        Assert.Equal(["app.zip", "old.zip"], ReleaseNotesSection.ReadRows(body).Select(r => r.Name));
    }

    [Fact]
    public async Task Notes_edited_in_the_web_ui_with_crlf_get_a_crlf_section()
    {
        const string notes = "Release notes\r\n\r\n- fixed things\r\n";
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", notes);
        var app = Uploads.File("app.zip", "a1pp");

        await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [app], Quick);

        Assert.Equal(notes + "\r\n" + ReleaseNotesSection.Render([app], "\r\n"), GitHub.ReleaseBody(id));
    }

    [Fact]
    public async Task Publishing_the_same_files_again_writes_nothing()
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes");
        MirrorAce.Upload.UploadedFile[] files = [Uploads.File("app.zip", "a1pp"), Uploads.File("app.tar.gz", "t4r")];
        await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), files, Quick);
        var body = GitHub.ReleaseBody(id);

        var again = await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), files, Quick);

        Assert.False(again.Changed);
        Assert.Equal(0, again.Writes);
        Assert.Equal(["app.tar.gz", "app.zip"], again.AlreadyListed.Order(StringComparer.Ordinal));
        Assert.Equal(1, GitHub.PatchCount);
        Assert.Equal(body, GitHub.ReleaseBody(id));
    }

    [Fact]
    public async Task A_reupload_under_the_same_name_replaces_its_row_and_keeps_the_others()
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "");
        await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [Uploads.File("app.zip", "f1rst"), Uploads.File("other.zip", "0ther")], Quick);

        var result = await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [Uploads.File("app.zip", "s3cond", size: 99)], Quick);

        Assert.Equal(["app.zip"], result.Replaced);
        var rows = ReleaseNotesSection.ReadRows(GitHub.ReleaseBody(id));
        Assert.Equal([("app.zip", "s3cond"), ("other.zip", "0ther")], rows.Select(r => (r.Name, r.Slug)));
        Assert.DoesNotContain("f1rst", GitHub.ReleaseBody(id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_release_is_found_through_its_event_payload_by_id()
    {
        using var temp = new TempDirectory();
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v2.0-rc", "Draft notes", draft: true);
        var payload = temp.Write("event.json", JsonSerializer.Serialize(new { action = "created", release = new { id, tag_name = "v2.0-rc", draft = true } }));
        var target = ReleaseTarget.Resolve(GitHubTargets.ApiUrl(_sandbox), GitHubTargets.Repository, GitHub.WriteToken, null, payload)!;

        await ReleaseNotesPublisher.PublishAsync(target, [Uploads.File("app.zip", "a1pp")], Quick);

        Assert.True(ReleaseNotesSection.Lists(GitHub.ReleaseBody(id), [Uploads.File("app.zip", "a1pp")]));
        Assert.True(GitHub.Release(id).Draft);
        Assert.DoesNotContain(GitHub.Requests, r => r.Path.Contains("/releases/tags/", StringComparison.Ordinal) || r.Path.EndsWith("/releases", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_release_is_found_by_tag_through_the_paginated_list()
    {
        var draft = GitHub.AddRelease(GitHubTargets.Repository, "v9.0", "", draft: true);
        for (var i = 0; i < 120; i++) GitHub.AddRelease(GitHubTargets.Repository, $"v0.{i}", "");

        await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v9.0"), [Uploads.File("app.zip", "a1pp")], Quick);

        Assert.True(ReleaseNotesSection.Lists(GitHub.ReleaseBody(draft), [Uploads.File("app.zip", "a1pp")]));
        Assert.True(GitHub.Release(draft).Draft);
        var lookups = GitHub.Requests.Where(r => r.Method == "GET").Select(r => (r.Path, r.Query, r.Status)).ToList();
        Assert.Equal(("/github/repos/octo-org/octo-app/releases/tags/v9.0", "", 404), lookups[0]);
        Assert.Equal(("/github/repos/octo-org/octo-app/releases", "?per_page=100&page=1", 200), lookups[1]);
        Assert.Equal(("/github/repos/octo-org/octo-app/releases", "?per_page=100&page=2", 200), lookups[2]);
    }

    [Fact]
    public async Task A_missing_release_is_a_coded_error_naming_tag_and_repository()
    {
        GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "");

        var error = await Assert.ThrowsAsync<MirrorAceException>(() =>
            ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.2"), [Uploads.File("app.zip", "a1pp")], Quick));

        Assert.Equal(ErrorCodes.ReleaseNotFound, error.Code);
        Assert.Contains("release 'v1.2' not found in octo-org/octo-app", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("create the release first or check release-tag", error.Advice, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, GitHub.PatchCount);
    }

    [Fact]
    public async Task A_read_only_token_gets_an_error_that_names_contents_write()
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes");

        var error = await Assert.ThrowsAsync<MirrorAceException>(() => ReleaseNotesPublisher.PublishAsync(
            GitHubTargets.ByTag(_sandbox, "v1.0", token: GitHub.ReadOnlyToken), [Uploads.File("app.zip", "a1pp")], Quick));

        Assert.Equal(ErrorCodes.PermissionDenied, error.Code);
        Assert.Contains("permissions: contents: write", error.Advice, StringComparison.Ordinal);
        Assert.Equal("Resource not accessible by integration", error.ServerMessage);
        Assert.Equal("Notes", GitHub.ReleaseBody(id));
    }

    [Fact]
    public async Task A_token_github_refuses_is_a_coded_error()
    {
        GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes");

        var error = await Assert.ThrowsAsync<MirrorAceException>(() => ReleaseNotesPublisher.PublishAsync(
            GitHubTargets.ByTag(_sandbox, "v1.0", token: "ghs_revoked"), [Uploads.File("app.zip", "a1pp")], Quick));

        Assert.Equal(ErrorCodes.BadToken, error.Code);
        Assert.Equal("Bad credentials", error.ServerMessage);
    }

    [Theory]
    [InlineData(true, "/api/v3/")]
    [InlineData(false, "/github/")]
    public async Task The_api_url_is_used_exactly_as_given(bool enterprise, string prefix)
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "");

        await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0", enterprise: enterprise), [Uploads.File("app.zip", "a1pp")], Quick);

        var expected = new[]
        {
            ("GET", $"{prefix}repos/octo-org/octo-app/releases/tags/v1.0"),
            ("PATCH", $"{prefix}repos/octo-org/octo-app/releases/{id}"),
            ("GET", $"{prefix}repos/octo-org/octo-app/releases/{id}"),
        };
        Assert.Equal(expected, GitHub.Requests.Select(r => (r.Method, r.Path)));
        Assert.All(GitHub.Requests, r => Assert.Equal("token " + GitHub.WriteToken, r.Authorization, ignoreCase: true));
    }

    [Fact]
    public async Task The_patch_sends_only_the_body_so_a_draft_stays_a_draft()
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "", draft: true, prerelease: true);

        await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [Uploads.File("app.zip", "a1pp")], Quick);

        var patch = Assert.Single(GitHub.Requests, r => r.Method == "PATCH");
        using var json = JsonDocument.Parse(patch.Body!);
        Assert.Equal(["body"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal((true, true, "v1.0"), (GitHub.Release(id).Draft, GitHub.Release(id).Prerelease, GitHub.Release(id).Name));
    }

    [Theory]
    [InlineData(GitHubFault.SecondaryRateLimit)]
    [InlineData(GitHubFault.TooManyRequests)]
    [InlineData(GitHubFault.PrimaryRateLimit)]
    public async Task A_rate_limit_is_waited_out_as_long_as_github_asks(GitHubFault fault)
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "");
        GitHub.FailNext(fault, times: 2, retryAfterSeconds: 1);
        var notices = new List<string>();
        var clock = Stopwatch.StartNew();

        await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [Uploads.File("app.zip", "a1pp")], Quick with { OnNotice = notices.Add });

        Assert.True(ReleaseNotesSection.Lists(GitHub.ReleaseBody(id), [Uploads.File("app.zip", "a1pp")]));
        Assert.Equal(2, GitHub.FaultsFired);
        Assert.Equal(2, notices.Count(n => n.Contains("rate limit", StringComparison.Ordinal)));
        // Two waits of Retry-After: 1 (the primary limit's reset time is rounded to whole seconds, so at least ~1 s in all).
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(fault == GitHubFault.PrimaryRateLimit ? 1 : 2), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task A_rate_limit_that_does_not_lift_is_a_coded_error()
    {
        GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "");
        GitHub.FailNext(GitHubFault.SecondaryRateLimit, times: 10, retryAfterSeconds: 0);

        var error = await Assert.ThrowsAsync<MirrorAceException>(() =>
            ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [Uploads.File("app.zip", "a1pp")], Quick with { MaxRateLimitRetries = 2 }));

        Assert.Equal(ErrorCodes.RateLimited, error.Code);
        Assert.Equal(3, GitHub.FaultsFired);
    }

    [Fact]
    public async Task A_rate_limit_wait_longer_than_allowed_fails_at_once()
    {
        GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "");
        GitHub.FailNext(GitHubFault.TooManyRequests, retryAfterSeconds: 3600);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<MirrorAceException>(() =>
            ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [Uploads.File("app.zip", "a1pp")], Quick));

        Assert.Equal(ErrorCodes.RateLimited, error.Code);
        Assert.Contains("3600 s", error.Advice, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_server_error_is_retried()
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "");
        GitHub.FailNext(GitHubFault.BadGateway, times: 2);

        await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [Uploads.File("app.zip", "a1pp")], Quick);

        Assert.Equal(2, GitHub.FaultsFired);
        Assert.True(ReleaseNotesSection.Lists(GitHub.ReleaseBody(id), [Uploads.File("app.zip", "a1pp")]));
    }

    [Fact]
    public async Task A_github_that_cannot_be_reached_is_a_coded_error_after_the_retries()
    {
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var target = ReleaseTarget.Resolve($"http://127.0.0.1:{port}/api/v3", GitHubTargets.Repository, "ghs_0123456789abcdef", "v1.0", null)!;
        var notices = new List<string>();

        var error = await Assert.ThrowsAsync<MirrorAceException>(() =>
            ReleaseNotesPublisher.PublishAsync(target, [Uploads.File("app.zip", "a1pp")], Quick with { OnNotice = notices.Add }));

        Assert.Equal(ErrorCodes.RequestFailed, error.Code);
        Assert.Contains($"127.0.0.1:{port}/api/v3/", error.Message, StringComparison.Ordinal);
        Assert.Equal(Quick.MaxTransientRetries, notices.Count);
    }

    [Fact]
    public async Task Cancelling_stops_waiting_out_a_rate_limit()
    {
        GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "");
        GitHub.FailNext(GitHubFault.TooManyRequests, retryAfterSeconds: 60);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [Uploads.File("app.zip", "a1pp")], Quick, cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        Assert.Equal(0, GitHub.PatchCount);
    }

    [Fact]
    public async Task Notes_that_would_exceed_githubs_limit_are_a_coded_error_and_nothing_is_written()
    {
        var notes = new string('x', ReleaseNotesSection.MaxBodyLength - 200);
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", notes);

        var error = await Assert.ThrowsAsync<MirrorAceException>(() =>
            ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [Uploads.File("app.zip", "a1pp")], Quick));

        Assert.Equal(ErrorCodes.BodyTooLong, error.Code);
        Assert.Contains("125,000", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, GitHub.PatchCount);
        Assert.Equal(notes, GitHub.ReleaseBody(id));
    }

    [Fact]
    public async Task A_damaged_section_is_a_coded_error_and_nothing_is_written()
    {
        var notes = "Notes\n" + ReleaseNotesSection.StartMarker + "\nhand-made list\n";
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", notes);

        var error = await Assert.ThrowsAsync<MirrorAceException>(() =>
            ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [Uploads.File("app.zip", "a1pp")], Quick));

        Assert.Equal(ErrorCodes.SectionDamaged, error.Code);
        Assert.Equal(0, GitHub.PatchCount);
        Assert.Equal(notes, GitHub.ReleaseBody(id));
    }

    [Fact]
    public async Task Rows_overwritten_by_a_writer_that_read_earlier_are_merged_back()
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes");
        var theirs = Uploads.File("linux.zip", "l1nux");
        var ours = Uploads.File("windows.zip", "w1ndows");
        // Another matrix job read "Notes" before our write and its PATCH lands just after ours.
        GitHub.AfterNextPatch(release => GitHub.SetReleaseBody(release, ReleaseNotesSection.Merge("Notes", [theirs]).Body));

        var result = await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [ours], Quick);

        Assert.Equal(2, result.Writes);
        Assert.Equal(2, GitHub.PatchCount);
        Assert.Equal(ReleaseNotesSection.Merge("Notes", [theirs, ours]).Body, GitHub.ReleaseBody(id));
    }

    [Fact]
    public async Task A_writer_that_puts_back_the_row_we_replaced_is_undone()
    {
        var previous = ReleaseNotesSection.Render([Uploads.File("app.zip", "0ld")]);
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", previous);
        var reupload = Uploads.File("app.zip", "n3w");
        // A job that read the notes before our write lands just after it, restoring the old upload's row.
        GitHub.AfterNextPatch(release => GitHub.SetReleaseBody(release, previous));

        var result = await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [reupload], Quick);

        Assert.Equal(2, result.Writes);
        Assert.Equal(ReleaseNotesSection.Render([reupload]), GitHub.ReleaseBody(id));
    }

    [Fact]
    public async Task A_later_upload_under_the_same_name_by_another_job_is_left_to_win()
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes");
        var ours = new[] { Uploads.File("SHA256SUMS", "0urs"), Uploads.File("app-linux.zip", "l1nux") };
        var theirs = Uploads.File("SHA256SUMS", "th3irs");
        // Another job uploaded a file of the same name after us and merged it into our notes.
        GitHub.AfterNextPatch(release => GitHub.SetReleaseBody(release, ReleaseNotesSection.Merge(GitHub.ReleaseBody(release), [theirs]).Body));

        var result = await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), ours, Quick);

        Assert.Equal(1, result.Writes);
        Assert.Equal(["SHA256SUMS"], result.Superseded);
        Assert.Equal(ReleaseNotesSection.Merge("Notes", [ours[1], theirs]).Body, GitHub.ReleaseBody(id));
    }

    [Fact]
    public async Task A_writer_that_keeps_overwriting_ends_in_a_coded_error_after_the_allowed_writes()
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes");
        for (var i = 0; i < 3; i++) GitHub.AfterNextPatch(release => GitHub.SetReleaseBody(release, "Notes"));

        var error = await Assert.ThrowsAsync<MirrorAceException>(() => ReleaseNotesPublisher.PublishAsync(
            GitHubTargets.ByTag(_sandbox, "v1.0"), [Uploads.File("app.zip", "a1pp")], Quick with { MaxWrites = 3 }));

        Assert.Equal(ErrorCodes.ConcurrentEdits, error.Code);
        Assert.Equal(3, GitHub.PatchCount);
        Assert.Equal("Notes", GitHub.ReleaseBody(id));
    }

    [Fact]
    public async Task Matrix_jobs_writing_at_the_same_moment_all_end_up_listed()
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes\n");
        var jobs = new[] { "linux", "windows", "macos", "freebsd" }
            .Select(os => new[] { Uploads.File($"app-{os}.zip", os + "1"), Uploads.File($"app-{os}.tar.gz", os + "2") })
            .ToList();
        // All four read "Notes\n" and then overwrite each other; only the verification rounds can save their rows.
        GitHub.HoldPatches(jobs.Count);

        await Task.WhenAll(jobs.Select(files => Task.Run(() =>
            ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), files, Default))));

        Assert.Equal(ReleaseNotesSection.Merge("Notes\n", jobs.SelectMany(f => f)).Body, GitHub.ReleaseBody(id));
        Assert.True(GitHub.PatchCount > jobs.Count, $"{GitHub.PatchCount} PATCHes: the race was not provoked");
    }

    [Fact]
    public async Task Matrix_jobs_that_each_upload_a_file_of_one_name_finish_without_fighting_over_it()
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "");
        var linux = new[] { Uploads.File("app-linux.zip", "l1nux"), Uploads.File("SHA256SUMS", "sumsl") };
        var windows = new[] { Uploads.File("app-win.zip", "w1n"), Uploads.File("SHA256SUMS", "sumsw") };
        GitHub.HoldPatches(2);

        var results = await Task.WhenAll(new[] { linux, windows }.Select(files => Task.Run(() =>
            ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), files, Default))));

        var rows = ReleaseNotesSection.ReadRows(GitHub.ReleaseBody(id));
        Assert.Equal(["SHA256SUMS", "app-linux.zip", "app-win.zip"], rows.Select(r => r.Name));
        Assert.Contains(rows[0].Slug, new[] { "sumsl", "sumsw" });
        Assert.Single(results, r => r.Superseded.SequenceEqual(["SHA256SUMS"]));
        Assert.True(GitHub.PatchCount <= 4, $"{GitHub.PatchCount} PATCHes");
    }

    [Fact]
    public async Task No_files_asks_nothing_of_github()
    {
        var result = await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), [], Quick);

        Assert.False(result.Changed);
        Assert.Null(result.ReleaseId);
        Assert.Empty(GitHub.Requests);
    }

    /// <summary>Through Octokit, the GitHub Action's and the MSBuild task's transport.</summary>
    public sealed class OverOctokit() : ReleaseNotesPublisherTests(GitHubTransport.Octokit);

    /// <summary>Through HttpClient and source-generated JSON, the native CLI's transport.</summary>
    public sealed class OverHttpClient() : ReleaseNotesPublisherTests(GitHubTransport.HttpClient);
}
