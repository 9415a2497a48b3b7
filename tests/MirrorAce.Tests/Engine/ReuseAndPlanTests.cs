using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Engine;

public class ReuseAndPlanTests
{
    [Fact]
    public async Task A_rerun_with_the_earlier_links_reuses_active_uploads_and_uploads_nothing()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("app.zip", 5000);
        var first = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);
        var listener = new RecordingListener();

        var second = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path,
            o => o with { ReuseCandidates = [first.File!] }, listener);

        Assert.True(second.Reused);
        Assert.Equal(first.File, second.File);
        Assert.Equal(1, sandbox.CompletedUploadCount);
        Assert.Equal(1, sandbox.ChunkRequestCount);
        Assert.Contains(listener.Notices, n => n.Message.StartsWith("reused ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_earlier_upload_that_was_removed_is_uploaded_again_with_a_new_link()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("app.zip", 5000);
        var first = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);
        sandbox.SetFileStatus(first.File!.Slug, "copyright removed");

        var second = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { ReuseCandidates = [first.File] });

        Assert.False(second.Reused);
        Assert.NotEqual(first.File.Slug, second.File!.Slug);
        TestSandbox.AssertStoredIdentically(sandbox, second, path);
    }

    [Fact]
    public async Task Different_bytes_of_the_same_size_are_not_taken_for_an_earlier_upload()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("app.zip", 5000);
        var first = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[4000] ^= 0xff;
        await File.WriteAllBytesAsync(path, bytes);

        var second = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { ReuseCandidates = [first.File!] });

        Assert.False(second.Reused);
        TestSandbox.AssertStoredIdentically(sandbox, second, path);
    }

    [Fact]
    public async Task With_a_file_password_an_earlier_upload_is_never_reused()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("app.zip", 5000);
        var open = (await TestSandbox.UploadOneAsync(sandbox, dir.Path, path)).File!;

        var locked = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { FilePassword = "pw-12345678", ReuseCandidates = [open] });

        Assert.False(locked.Reused);
        Assert.Equal("pw-12345678", sandbox.FindBySlug(locked.File!.Slug)!.Password);
    }

    [Fact]
    public async Task An_earlier_upload_lacking_a_requested_mirror_is_not_reused()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("app.zip", 5000);
        var first = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Mirrors = ["1"] });

        var second = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Mirrors = ["1", "3"], ReuseCandidates = [first.File!] });

        Assert.False(second.Reused);
        Assert.Equal(2, sandbox.CompletedUploadCount);
    }

    [Fact]
    public async Task A_dry_run_checks_everything_with_the_server_and_sends_no_file_bytes()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = 1000);
        var small = dir.CreateFile("small.bin", 10);
        var big = dir.CreateFile("big.bin", 2500);

        var plan = await TestSandbox.Uploader(sandbox, dir.Path, o => o with { Mirrors = ["2", "3"] }).PlanAsync([new(small), new(big)]);

        Assert.Equal([1L, 3L], plan.Select(p => p.Chunks));
        Assert.All(plan, p => Assert.Equal(["2", "3"], p.Mirrors));
        Assert.All(plan, p => Assert.Null(p.Error));
        Assert.Equal(0, sandbox.ChunkRequestCount);
        Assert.Equal(1, sandbox.UploadVariablesRequestCount);
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_be_refused_and_what_would_be_reused()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var kept = dir.CreateFile("kept.bin", 100);
        var earlier = (await TestSandbox.UploadOneAsync(sandbox, dir.Path, kept)).File!;
        var chunksBefore = sandbox.ChunkRequestCount;

        var reusePlan = await TestSandbox.Uploader(sandbox, dir.Path, o => o with { ReuseCandidates = [earlier] }).PlanAsync([new(kept)]);
        var refusedPlan = await TestSandbox.Uploader(sandbox, dir.Path, o => o with { Mirrors = ["4"] }).PlanAsync([new(kept)]);

        Assert.Equal(earlier.Slug, Assert.Single(reusePlan).ReusedFrom?.Slug);
        Assert.Equal(ErrorCodes.MirrorDisabled, Assert.Single(refusedPlan).Error?.Code);
        Assert.Equal(chunksBefore, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task Mirroring_a_url_has_the_server_fetch_it_and_a_rerun_reuses_it()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("published.tar.gz", 7000);
        var origin = (await TestSandbox.UploadOneAsync(sandbox, dir.Path, path)).File!;
        var url = new Uri(sandbox.ApiUrl, $"/m/{origin.Slug}/download");
        var uploader = TestSandbox.Uploader(sandbox, dir.Path);

        var mirrored = Assert.Single(await uploader.MirrorUrlsAsync([url]));
        var again = Assert.Single(await TestSandbox.Uploader(sandbox, dir.Path, o => o with { ReuseCandidates = [mirrored.File!] }).MirrorUrlsAsync([url]));

        Assert.True(mirrored.Succeeded, mirrored.Error?.Message);
        Assert.Equal(TempDirectory.Sha256Of(path), sandbox.FindBySlug(mirrored.File!.Slug)!.Sha256);
        Assert.Equal(url.AbsoluteUri, mirrored.File.Path);
        Assert.Equal(7000, mirrored.File.Size);
        Assert.True(again.Reused);
        Assert.Equal(1, sandbox.RemoteRequestCount);
    }

    [Fact]
    public async Task A_reused_upload_is_reported_under_the_name_MirrorAce_holds_it_by()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("app.zip", 5000);
        var first = (await TestSandbox.UploadOneAsync(sandbox, dir.Path, path)).File!;

        // A release's notes list a file under its own name, which MirrorAce may have stored otherwise.
        var second = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { ReuseCandidates = [first with { Name = "listed-as.zip" }] });

        Assert.True(second.Reused);
        Assert.Equal("app.zip", second.File!.Name);
        Assert.Equal(first.Slug, second.File.Slug);
    }

    [Fact]
    public async Task A_dry_run_of_urls_checks_the_mirrors_and_finds_earlier_mirrors_without_having_anything_fetched()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("published.tar.gz", 7000);
        var origin = (await TestSandbox.UploadOneAsync(sandbox, dir.Path, path)).File!;
        var url = new Uri(sandbox.ApiUrl, $"/m/{origin.Slug}/download");
        var other = new Uri(sandbox.ApiUrl, "/m/other/download");
        var mirrored = Assert.Single(await TestSandbox.Uploader(sandbox, dir.Path).MirrorUrlsAsync([url])).File!;
        var (remote, variables) = (sandbox.RemoteRequestCount, sandbox.UploadVariablesRequestCount);

        var plan = await TestSandbox.Uploader(sandbox, dir.Path, o => o with { ReuseCandidates = [mirrored] }).PlanUrlsAsync([url, other]);
        var refused = Assert.Single(await TestSandbox.Uploader(sandbox, dir.Path, o => o with { Mirrors = ["4"] }).PlanUrlsAsync([other]));

        Assert.Equal(mirrored.Slug, plan[0].ReusedFrom?.Slug);
        Assert.Null(plan[1].ReusedFrom);
        Assert.Equal(["1", "2"], plan[1].Mirrors);
        Assert.Equal(ErrorCodes.MirrorDisabled, refused.Error?.Code);
        Assert.Equal(remote, sandbox.RemoteRequestCount);
        Assert.Equal(variables + 2, sandbox.UploadVariablesRequestCount);
    }
}
