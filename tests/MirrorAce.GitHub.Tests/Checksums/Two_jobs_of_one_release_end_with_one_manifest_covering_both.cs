using MirrorAce.GitHub.Tests.Support;
using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.GitHub.Tests.Checksums;

/// <summary>
/// Jobs that publish different files to one release each rebuild SHA256SUMS from the notes after listing their own rows:
/// the notes end with one SHA256SUMS row whose manifest covers every file they list, and a re-run with the same files
/// reuses the identical manifest instead of uploading it again.
/// </summary>
public sealed class Two_jobs_of_one_release_end_with_one_manifest_covering_both
{
    [Fact]
    public async Task Run()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var id = sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Our release.\n");
        using var linux = new TempDirectory();
        using var windows = new TempDirectory();
        var a = linux.CreateFile("app-linux.zip", 3000);
        var b = windows.CreateFile("app-windows.zip", 4000);

        var first = await PublishAsync(sandbox, linux.Path, "app-linux.zip");
        var second = await PublishAsync(sandbox, windows.Path, "app-windows.zip");

        Assert.True(first.Succeeded && second.Succeeded, string.Join("\n", first.Files.Concat(second.Files).Select(f => f.Error?.Message)));
        var expected = $"{TempDirectory.Sha256Of(a)}  app-linux.zip\n{TempDirectory.Sha256Of(b)}  app-windows.zip\n";
        var rows = ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id));
        Assert.Equal(["SHA256SUMS", "app-linux.zip", "app-windows.zip"], rows.Select(r => r.Name));
        var listed = rows[0];
        Assert.Equal(Manifest(second).Slug, listed.Slug);
        Assert.Equal(expected, await File.ReadAllTextAsync(sandbox.FindBySlug(listed.Slug)!.DiskPath!));
        Assert.Equal($"{TempDirectory.Sha256Of(a)}  app-linux.zip\n", await File.ReadAllTextAsync(sandbox.FindBySlug(Manifest(first).Slug)!.DiskPath!));
        Assert.Contains(ChecksumManifest.FileName, second.Listing!.Replaced);
        Assert.Contains(ChecksumManifest.FileName, first.Listing!.Added);

        var uploads = sandbox.CompletedUploadCount;
        var again = await PublishAsync(sandbox, windows.Path, "app-windows.zip");

        Assert.True(again.Succeeded);
        Assert.Equal(uploads, sandbox.CompletedUploadCount);
        Assert.True(again.Files[^1].Reused);
        Assert.Equal(listed.Slug, Manifest(again).Slug);
        Assert.Equal(rows.Select(r => (r.Name, r.Slug)), ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)).Select(r => (r.Name, r.Slug)));
    }

    private static UploadedFile Manifest(PublishResult result) => Assert.Single(result.Links, l => ListedName.Of(l) == ChecksumManifest.FileName);

    private static Task<PublishResult> PublishAsync(Sandbox.SandboxServer sandbox, string folder, string file)
    {
        var publisher = new MirrorAcePublisher(TestSandbox.Credentials(sandbox),
            new UploadOptions { ApiUrl = sandbox.ApiUrl, BaseDirectory = folder, Retry = TestSandbox.QuickRetry });
        var release = new GitHubRelease(GitHubTargets.ByTag(sandbox, "v1.0"), GitHubTargets.Quick);
        return publisher.RunAsync(new PublishRequest { Files = [file], Checksums = true, Release = release });
    }
}
