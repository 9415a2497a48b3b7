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
        AssertPartsReassemble(sandbox, result, path);
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

    [Fact]
    public async Task A_rerun_of_a_split_file_reuses_its_parts_and_uploads_nothing()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxFileSize = 1000);
        var path = dir.CreateFile("big.bin", 2500);
        var first = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Split = true });
        var earlier = LinksJson.Parse(LinksJson.Render(first.Uploaded));
        var chunksBefore = sandbox.ChunkRequestCount;
        var listener = new RecordingListener();

        var second = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path,
            o => o with { Split = true, ReuseCandidates = earlier }, listener);

        Assert.True(second.Succeeded, second.Error?.Message);
        Assert.True(second.Reused);
        Assert.Equal(first.Parts!.Select(p => p.Slug), second.Parts!.Select(p => p.Slug));
        Assert.Equal(first.Parts!.Select(p => p.PartOf), second.Parts!.Select(p => p.PartOf));
        Assert.Equal(chunksBefore, sandbox.ChunkRequestCount);
        Assert.Equal(3, sandbox.CompletedUploadCount);
        Assert.Equal(3, listener.Notices.Count(n => n.Message.Contains(": reused ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_rerun_uploads_only_the_part_that_is_gone_and_reuses_the_others()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxFileSize = 1000);
        var path = dir.CreateFile("big.bin", 2500);
        var first = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Split = true });
        sandbox.SetFileStatus(first.Parts![1].Slug, "copyright removed");

        var second = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Split = true, ReuseCandidates = first.Parts });

        Assert.True(second.Succeeded, second.Error?.Message);
        Assert.False(second.Reused);
        Assert.Equal(first.Parts[0].Slug, second.Parts![0].Slug);
        Assert.NotEqual(first.Parts[1].Slug, second.Parts[1].Slug);
        Assert.Equal(first.Parts[2].Slug, second.Parts[2].Slug);
        Assert.Equal(4, sandbox.CompletedUploadCount);
        AssertPartsReassemble(sandbox, second, path);
    }

    [Fact]
    public async Task A_changed_part_is_uploaded_again_and_the_whole_files_hash_is_the_new_ones()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxFileSize = 1000);
        var path = dir.CreateFile("big.bin", 2500);
        var first = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Split = true });
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[2400] ^= 0xff; // in the third part
        await File.WriteAllBytesAsync(path, bytes);

        var second = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Split = true, ReuseCandidates = first.Parts! });

        Assert.True(second.Succeeded, second.Error?.Message);
        IReadOnlyList<Upload.UploadedFile> before = first.Parts!, after = second.Parts!;
        Assert.Equal(before.Take(2).Select(p => p.Slug), after.Take(2).Select(p => p.Slug));
        Assert.NotEqual(before[2].Slug, after[2].Slug);
        Assert.NotEqual(before[0].PartOf!.Sha256, after[0].PartOf!.Sha256);
        AssertPartsReassemble(sandbox, second, path);
    }

    [Fact]
    public async Task A_dry_run_counts_only_the_chunks_of_parts_no_earlier_upload_covers()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o =>
        {
            o.MaxFileSize = 100_000;
            o.MaxChunkSize = 30_000;
        });
        var path = dir.CreateFile("huge.iso", 250_000);
        var first = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Split = true });
        sandbox.SetFileStatus(first.Parts![2].Slug, "copyright removed");
        var chunksBefore = sandbox.ChunkRequestCount;

        var plan = Assert.Single(await TestSandbox.Uploader(sandbox, dir.Path, o => o with { Split = true, ReuseCandidates = first.Parts })
            .PlanAsync([new(path)]));

        Assert.Null(plan.Error);
        Assert.Equal(3, plan.Parts);
        Assert.Equal(3, plan.Chunks); // only the third part (70,000 bytes) goes up again
        Assert.Equal(chunksBefore, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task When_file_info_answers_garbage_the_parts_check_is_a_coded_error_in_the_plan_and_the_upload()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxFileSize = 1000);
        var path = dir.CreateFile("big.bin", 2500);
        var first = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Split = true });
        sandbox.Faults.Add(new MirrorAce.Sandbox.Fault(MirrorAce.Sandbox.FaultKind.Html200, MirrorAce.Sandbox.Endpoint.FileInfo, Times: 1000));
        var chunksBefore = sandbox.ChunkRequestCount;
        var uploader = TestSandbox.Uploader(sandbox, dir.Path, o => o with { Split = true, ReuseCandidates = first.Parts! });

        var plan = Assert.Single(await uploader.PlanAsync([new(path)]));
        var upload = Assert.Single(await uploader.UploadAsync([new(path)]));

        Assert.Equal(ErrorCodes.UnreadableAnswer, plan.Error?.Code);
        Assert.Equal(ErrorCodes.UnreadableAnswer, upload.Error?.Code);
        Assert.Contains("big.bin", upload.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(chunksBefore, sandbox.ChunkRequestCount);
    }

    /// <summary>Every part is stored with its bytes, and together they are the file, whose hash every part names.</summary>
    private static void AssertPartsReassemble(MirrorAce.Sandbox.SandboxServer sandbox, Upload.FileUploadResult result, string path)
    {
        using var joined = new MemoryStream();
        foreach (var part in result.Parts!)
        {
            var stored = sandbox.FindBySlug(part.Slug)!;
            Assert.Equal(part.Sha256, stored.Sha256);
            joined.Write(File.ReadAllBytes(stored.DiskPath!));
        }
        var whole = TempDirectory.Sha256Of(path);
        Assert.Equal(whole, Convert.ToHexStringLower(SHA256.HashData(joined.ToArray())));
        Assert.All(result.Parts!, p => Assert.Equal(whole, p.PartOf!.Sha256));
    }

    private sealed record SplitPartView(string Name, long Size, int Count);
}
