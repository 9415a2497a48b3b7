using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Engine;

public class ChunkingTests
{
    private const long Chunk = 64 * 1024;

    [Theory]
    [InlineData(1, 1)]
    [InlineData(Chunk - 1, 1)]
    [InlineData(Chunk, 1)]
    [InlineData(Chunk + 1, 2)]
    [InlineData(3 * Chunk + 12_345, 4)]
    [InlineData(4 * Chunk, 4)]
    public async Task Server_holds_the_exact_bytes_for_every_size_around_the_chunk_limit(long size, int expectedRequests)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);
        var path = dir.CreateFile("artifact.bin", size);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        Assert.Equal(expectedRequests, sandbox.ChunkRequestCount);
        Assert.Equal(size, result.File!.Size);
    }

    [Fact]
    public async Task Every_request_carries_an_inclusive_content_range_and_an_exact_length()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);
        var size = 2 * Chunk + 10;
        var path = dir.CreateFile("ranges.bin", size);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.True(result.Succeeded, result.Error?.Message);
        var ranges = sandbox.ChunkRequests().Select(r => r.ContentRange).ToList();
        Assert.Equal([$"bytes 0-{Chunk - 1}/{size}", $"bytes {Chunk}-{2 * Chunk - 1}/{size}", $"bytes {2 * Chunk}-{size - 1}/{size}"], ranges);
        Assert.All(sandbox.ChunkRequests(), r =>
        {
            Assert.NotNull(r.ContentLength);
            Assert.Null(r.TransferEncoding);
            Assert.Matches("^multipart/form-data; boundary=[A-Za-z0-9-]+$", r.Headers["Content-Type"]);
        });
    }

    [Fact]
    public async Task A_smaller_chunk_size_option_is_honoured_below_the_servers_limit()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);
        var path = dir.CreateFile("small-chunks.bin", Chunk);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { ChunkSize = Chunk / 4 });

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        Assert.Equal(4, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task A_chunk_size_option_above_the_servers_limit_is_capped_to_it()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);
        var path = dir.CreateFile("capped.bin", 2 * Chunk);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { ChunkSize = 10 * Chunk });

        TestSandbox.AssertStoredIdentically(sandbox, result, path);
        Assert.Equal(2, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task Each_file_gets_its_own_upload_variables_and_chunk_tracker()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = Chunk);
        var a = dir.CreateFile("a.bin", Chunk + 1);
        var b = dir.CreateFile("b.bin", Chunk + 1);

        var results = await TestSandbox.Uploader(sandbox, dir.Path).UploadAsync([new(a), new(b)]);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.Message));
        var trackers = sandbox.ChunkRequests().Select(r => r.Field("cTracker")).Distinct().ToList();
        Assert.Equal(2, trackers.Count);
    }
}
