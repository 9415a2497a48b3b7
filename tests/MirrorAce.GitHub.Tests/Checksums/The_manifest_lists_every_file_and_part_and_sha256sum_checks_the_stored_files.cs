using System.Diagnostics;
using System.Security.Cryptography;
using MirrorAce.Output;
using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.GitHub.Tests.Checksums;

/// <summary>
/// With <see cref="PublishRequest.Checksums"/> and no release, the run uploads a SHA256SUMS of its own files: one line per
/// file, per part of a split file and for the joined file, sorted, in sha256sum's format; a real <c>sha256sum -c</c> over
/// the bytes the server stored (the parts joined as the notes say) passes.
/// </summary>
public sealed class The_manifest_lists_every_file_and_part_and_sha256sum_checks_the_stored_files
{
    [Fact]
    public async Task Run()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxFileSize = 1000);
        var big = dir.CreateFile("dist/big.bin", 2500);
        var readme = dir.Write("README.txt", "read me\n");
        var links = Path.Combine(dir.Path, "links.json");
        var publisher = new MirrorAcePublisher(TestSandbox.Credentials(sandbox),
            new UploadOptions { ApiUrl = sandbox.ApiUrl, BaseDirectory = dir.Path, Retry = TestSandbox.QuickRetry, Split = true });

        var result = await publisher.RunAsync(new PublishRequest { Files = ["dist/big.bin", "README.txt"], Checksums = true, LinksFile = links });

        Assert.True(result.Succeeded, string.Join("\n", result.Files.Select(f => f.Error?.Message)));
        var manifest = Assert.Single(result.Links, l => ListedName.Of(l) == ChecksumManifest.FileName);
        var expected = string.Concat(
            $"{Sha(readme)}  README.txt\n",
            $"{Sha(big)}  big.bin\n",
            $"{Sha(big, 0, 999)}  big.bin.001\n",
            $"{Sha(big, 999, 999)}  big.bin.002\n",
            $"{Sha(big, 1998, 502)}  big.bin.003\n");
        var stored = sandbox.FindBySlug(manifest.Slug)!;
        Assert.Equal(expected, await File.ReadAllTextAsync(stored.DiskPath!));
        Assert.Equal((ChecksumManifest.FileName, (long)expected.Length), (manifest.Path, manifest.Size));
        // The links file lists it last, as the run's outputs do.
        Assert.Equal(ChecksumManifest.FileName, LinksJson.Parse(await File.ReadAllTextAsync(links))[^1].Name);

        // What a user does: the files from MirrorAce and SHA256SUMS in one folder, the parts joined, then sha256sum -c.
        using var downloads = new TempDirectory();
        foreach (var link in result.Links)
            File.Copy(sandbox.FindBySlug(link.Slug)!.DiskPath!, Path.Combine(downloads.Path, ListedName.Of(link)));
        await using (var joined = File.Create(Path.Combine(downloads.Path, "big.bin")))
        {
            foreach (var part in new[] { "big.bin.001", "big.bin.002", "big.bin.003" })
                await joined.WriteAsync(await File.ReadAllBytesAsync(Path.Combine(downloads.Path, part)));
        }
        var (exit, output) = Sha256SumCheck(downloads.Path);
        Assert.True(exit == 0, output);
        Assert.Equal(5, output.Split('\n').Count(l => l.EndsWith(": OK", StringComparison.Ordinal)));
    }

    private static string Sha(string path, long offset = 0, long? length = null)
    {
        var bytes = File.ReadAllBytes(path);
        return Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan((int)offset, (int)(length ?? bytes.Length - offset))));
    }

    private static (int Exit, string Output) Sha256SumCheck(string folder)
    {
        var start = new ProcessStartInfo("sha256sum", ["-c", ChecksumManifest.FileName]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
