using MirrorAce.Sandbox;

namespace MirrorAce.Tests.SandboxModes;

/// <summary>The document asks for Content-Range only "for files larger than the Maximum chuck size".</summary>
public sealed class A_file_sent_in_one_request_needs_no_Content_Range
{
    [Fact]
    public async Task Default_mode_stores_the_part_as_the_whole_file()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { MaxChunkSize = 4_000 });
        using var wire = new Wire(sandbox);
        var file = Wire.Bytes(4_000);

        var answer = await wire.ChunkAsync(await wire.FreshVariablesAsync(), file, "whole.bin", range: null);

        var stored = wire.AssertStored(answer, file);
        Assert.Equal("whole.bin", stored.Name);
        Assert.Null(Assert.Single(sandbox.Requests, r => r.Endpoint == Endpoint.Chunk).ContentRange);
    }

    [Fact]
    public async Task Default_mode_still_wants_a_range_for_a_file_larger_than_a_request_or_after_the_first_chunk()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { MaxChunkSize = 4_000 });
        using var wire = new Wire(sandbox);
        var file = Wire.Bytes(6_000);

        var tooBig = await wire.ChunkAsync(await wire.FreshVariablesAsync(), file, "big.bin", range: null);
        Assert.Contains("Content-Range", tooBig.Error, StringComparison.Ordinal);

        var variables = await wire.FreshVariablesAsync();
        var first = await wire.ChunkAsync(variables, file.AsMemory(0, 4_000), "big.bin", "bytes 0-3999/6000");
        Assert.Equal("continue", first.Result.GetProperty("info").GetString());
        var rest = await wire.ChunkAsync(variables, file.AsMemory(4_000), "big.bin", range: null);
        Assert.Contains("has received 4000 bytes", rest.Error, StringComparison.Ordinal);

        Assert.Empty(sandbox.Files);
        wire.AssertStored(await wire.ChunkAsync(variables, file.AsMemory(4_000), "big.bin", "bytes 4000-5999/6000"), file);
    }

    [Fact]
    public async Task Strict_mode_refuses_it_and_stores_nothing()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Strict = true });
        using var wire = new Wire(sandbox);

        var answer = await wire.ChunkAsync(await wire.FreshVariablesAsync(), Wire.Bytes(100), "whole.bin", range: null);

        Assert.StartsWith("Missing Content-Range header", answer.Error, StringComparison.Ordinal);
        Assert.Empty(sandbox.Files);
    }
}
