using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.GitHub.Tests.Checksums;

/// <summary>A dry run with checksums plans SHA256SUMS as one more file, of the size it would have, and sends no file byte.</summary>
public sealed class A_dry_run_plans_the_manifest_as_one_more_file
{
    [Fact]
    public async Task Run()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.zip", 100);
        dir.CreateFile("b.zip", 200);
        var publisher = new MirrorAcePublisher(TestSandbox.Credentials(sandbox),
            new UploadOptions { ApiUrl = sandbox.ApiUrl, BaseDirectory = dir.Path, Retry = TestSandbox.QuickRetry });

        var result = await publisher.RunAsync(new PublishRequest { Files = ["*.zip"], Checksums = true, DryRun = true });

        Assert.True(result.Succeeded);
        Assert.Equal(["a.zip", "b.zip", ChecksumManifest.FileName], result.Plan.Select(p => Path.GetFileName(p.Name)));
        // Two lines of 64 hex digits, two spaces, a five-character name and a line break.
        Assert.Equal(2 * (64 + 2 + 5 + 1), result.Plan[^1].Size);
        Assert.Empty(result.Files);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }
}
