using MirrorAce.Sandbox;

namespace MirrorAce.Tests.SandboxModes;

/// <summary>The vendor's PHP sample sends max_chunk_size + 1 bytes per chunk, with consistent inclusive ranges, and works against MirrorAce.</summary>
public sealed class A_chunk_may_carry_one_byte_more_than_max_chunk_size
{
    private const int MaxChunk = 1_000;

    [Fact]
    public async Task Default_mode_assembles_the_vendors_chunks()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { MaxChunkSize = MaxChunk });
        using var wire = new Wire(sandbox);
        var file = Wire.Bytes(3_500);

        var answer = await wire.UploadInChunksAsync(await wire.FreshVariablesAsync(), file, "vendor.bin", MaxChunk + 1);

        wire.AssertStored(answer, file);
        Assert.Equal(
            ["bytes 0-1000/3500", "bytes 1001-2001/3500", "bytes 2002-3002/3500", "bytes 3003-3499/3500"],
            sandbox.Requests.Where(r => r.Endpoint == Endpoint.Chunk).Select(r => r.ContentRange));
    }

    [Fact]
    public async Task Default_mode_refuses_two_bytes_more()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { MaxChunkSize = MaxChunk });
        using var wire = new Wire(sandbox);

        var answer = await wire.UploadInChunksAsync(await wire.FreshVariablesAsync(), Wire.Bytes(3_500), "vendor.bin", MaxChunk + 2);

        Assert.Contains("more than max_chunk_size (1000) plus the 1 byte", answer.Error, StringComparison.Ordinal);
        Assert.Empty(sandbox.Files);
    }

    [Fact]
    public async Task Strict_mode_refuses_the_first_chunk()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { MaxChunkSize = MaxChunk, Strict = true });
        using var wire = new Wire(sandbox);

        var answer = await wire.UploadInChunksAsync(await wire.FreshVariablesAsync(), Wire.Bytes(3_500), "vendor.bin", MaxChunk + 1);

        Assert.Equal("Content-Range announces a chunk of 1001 bytes, more than max_chunk_size (1000).", answer.Error);
        Assert.Single(sandbox.Requests, r => r.Endpoint == Endpoint.Chunk);
        Assert.Empty(sandbox.Files);
    }
}
