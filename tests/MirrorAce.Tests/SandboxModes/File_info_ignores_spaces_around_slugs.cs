using MirrorAce.Sandbox;

namespace MirrorAce.Tests.SandboxModes;

/// <summary>Clients join slugs with ", "; MirrorAce answers them, as PHP's explode-and-trim would.</summary>
public sealed class File_info_ignores_spaces_around_slugs
{
    [Fact]
    public async Task Default_mode_finds_each_slug_under_its_trimmed_name()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var wire = new Wire(sandbox);
        var a = wire.AssertStored(await wire.ChunkAsync(await wire.FreshVariablesAsync(), Wire.Bytes(10, 1), "a.bin", "bytes 0-9/10"), Wire.Bytes(10, 1));
        var b = wire.AssertStored(await wire.ChunkAsync(await wire.FreshVariablesAsync(), Wire.Bytes(20, 2), "b.bin", "bytes 0-19/20"), Wire.Bytes(20, 2));

        var info = await wire.FileInfoAsync($" {a.Slug}, {b.Slug} ");

        Assert.Equal("10", info.Result.GetProperty(a.Slug).GetProperty("size").GetString());
        Assert.Equal("20", info.Result.GetProperty(b.Slug).GetProperty("size").GetString());
    }

    [Fact]
    public async Task Strict_mode_keeps_the_spaces_and_finds_nothing()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Strict = true });
        using var wire = new Wire(sandbox);
        var a = wire.AssertStored(await wire.ChunkAsync(await wire.FreshVariablesAsync(), Wire.Bytes(10, 1), "a.bin", "bytes 0-9/10"), Wire.Bytes(10, 1));

        var info = await wire.FileInfoAsync($"{a.Slug}, {a.Slug}");

        Assert.Equal("active", info.Result.GetProperty(a.Slug).GetProperty("status").GetString());
        Assert.Equal("not found", info.Result.GetProperty(" " + a.Slug).GetProperty("status").GetString());
    }
}
