using System.Security.Cryptography;
using MirrorAce.Output;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Engine;

public class SplitTests
{
    [Fact]
    public async Task A_file_over_the_limit_is_uploaded_as_numbered_parts_that_reassemble_to_the_original()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o =>
        {
            o.MaxFileSize = 100_000;
            o.MaxChunkSize = 30_000;
        });
        var path = dir.CreateFile("huge.iso", 250_000);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Split = true });

        Assert.True(result.Succeeded, result.Error?.Message);
        var parts = result.Parts!;
        Assert.Equal(["huge.iso.001", "huge.iso.002", "huge.iso.003"], parts.Select(p => p.Name));
        Assert.Equal([90_000L, 90_000L, 70_000L], parts.Select(p => p.Size));
        Assert.All(parts, p => Assert.True(p.Size < 100_000));
        using var joined = new MemoryStream();
        foreach (var part in parts)
        {
            var stored = sandbox.FindBySlug(part.Slug)!;
            Assert.Equal(part.Sha256, stored.Sha256);
            var bytes = await File.ReadAllBytesAsync(stored.DiskPath!);
            joined.Write(bytes);
        }
        var whole = TempDirectory.Sha256Of(path);
        Assert.Equal(whole, Convert.ToHexStringLower(SHA256.HashData(joined.ToArray())));
        Assert.All(parts, p => Assert.Equal(whole, p.PartOf!.Sha256));
        Assert.Equal([1, 2, 3], parts.Select(p => p.PartOf!.Index));
    }

    [Fact]
    public async Task The_links_carry_the_parts_and_the_markdown_says_how_to_reassemble_them()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxFileSize = 1000);
        var path = dir.CreateFile("big.bin", 2500);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Split = true });
        var links = LinksJson.Parse(LinksJson.Render(result.Uploaded));
        var markdown = LinksMarkdown.Render(result.Uploaded);

        Assert.Equal(3, links.Count);
        Assert.Equal(new SplitPartView("big.bin", 2500, 3), new SplitPartView(links[2].PartOf!.Name, links[2].PartOf!.Size, links[2].PartOf!.Count));
        Assert.Contains("cat big.bin.001 big.bin.002 big.bin.003 > big.bin", markdown, StringComparison.Ordinal);
        Assert.Contains("copy /b big.bin.001+big.bin.002+big.bin.003 big.bin", markdown, StringComparison.Ordinal);
        Assert.Contains(TempDirectory.Sha256Of(path), markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_split_a_file_over_the_limit_is_refused_and_the_advice_names_the_option()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxFileSize = 1000);
        var path = dir.CreateFile("big.bin", 2500);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.Equal(ErrorCodes.FileTooLarge, result.Error?.Code);
        Assert.Contains("--split", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_says_how_many_parts_and_requests_a_split_would_take()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o =>
        {
            o.MaxFileSize = 100_000;
            o.MaxChunkSize = 30_000;
        });
        var path = dir.CreateFile("huge.iso", 250_000);

        var plan = Assert.Single(await TestSandbox.Uploader(sandbox, dir.Path, o => o with { Split = true }).PlanAsync([new(path)]));

        Assert.Equal(3, plan.Parts);
        Assert.Equal(9, plan.Chunks); // 3 + 3 + 3 (70,000 bytes take 3 chunks of 30,000)
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }

    private sealed record SplitPartView(string Name, long Size, int Count);
}
