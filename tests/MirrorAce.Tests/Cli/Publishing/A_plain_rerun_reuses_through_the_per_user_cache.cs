using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Publishing;

public sealed class A_plain_rerun_reuses_through_the_per_user_cache
{
    [Fact]
    public async Task A_second_run_without_any_links_file_sends_nothing_and_no_reuse_sends_again()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("dist/app.zip", 3000);
        var cache = Path.Combine(MirrorAceCli.UserCacheOf(dir.Path), "mirrorace", "uploads.json");
        if (File.Exists(cache)) File.Delete(cache);

        var first = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "dist/app.zip");
        Assert.True(first.ExitCode == 0, first.StandardError);
        Assert.True(File.Exists(cache), "the per-user cache was not written");
        var again = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "dist/app.zip");

        Assert.True(again.ExitCode == 0, again.StandardError);
        Assert.Equal(1, sandbox.CompletedUploadCount);
        Assert.Contains("(reused)", again.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("1 of them reused an earlier upload", again.StandardOutput, StringComparison.Ordinal);

        var forced = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "dist/app.zip", "--no-reuse");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(2, sandbox.CompletedUploadCount);
    }

    [Fact]
    public async Task An_upload_removed_from_mirrorace_since_is_sent_again()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("app.zip", 3000);

        await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip");
        var stored = Assert.Single(sandbox.Files);
        sandbox.SetFileStatus(stored.Slug, "user removed");
        var again = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip");

        Assert.True(again.ExitCode == 0, again.StandardError);
        Assert.Equal(2, sandbox.CompletedUploadCount);
        Assert.Contains("is 'user removed'; uploading it again", again.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cache_of_one_api_is_no_candidate_on_another()
    {
        using var dir = new TempDirectory();
        await using var one = await TestSandbox.StartAsync();
        await using var other = await TestSandbox.StartAsync();
        dir.CreateFile("app.zip", 3000);

        await MirrorAceCli.RunAsync(dir.Path, one, "upload", "app.zip");
        var there = await MirrorAceCli.RunAsync(dir.Path, other, "upload", "app.zip");

        Assert.True(there.ExitCode == 0, there.StandardError);
        Assert.Equal(1, other.CompletedUploadCount);
        // Keyed by the API root: the other server is not even asked about the first one's slug; its one file/info verifies the new upload.
        Assert.Equal(Sandbox.Endpoint.UploadVariables, other.Requests[0].Endpoint);
        Assert.Single(other.Requests, r => r.Endpoint == Sandbox.Endpoint.FileInfo);
    }
}
