using MirrorAce.Sandbox;

namespace MirrorAce.Tests.SandboxModes;

/// <summary>
/// Clients that build <c>mirrors[]</c> as a list send <c>mirrors[1]=13&amp;mirrors[2]=63</c>; they work against MirrorAce,
/// so it reads the ids from the values. Strict mode wants keys equal to values, so the engine stays right either way.
/// </summary>
public sealed class Mirror_ids_are_read_from_the_values
{
    private static SandboxOptions Account(bool strict) => new()
    {
        Strict = strict,
        Mirrors = new Dictionary<string, bool> { ["13"] = true, ["42"] = false, ["63"] = true },
        DefaultMirrors = ["13"],
    };

    [Fact]
    public async Task Default_mode_stores_the_values_when_the_keys_are_list_positions()
    {
        await using var sandbox = await SandboxServer.StartAsync(Account(strict: false));
        using var wire = new Wire(sandbox);
        var file = Wire.Bytes(700);

        var answer = await wire.ChunkAsync(await wire.FreshVariablesAsync(), file, "keys.bin", "bytes 0-699/700", ("mirrors[1]", "13"), ("mirrors[2]", "63"));

        Assert.Equal(["13", "63"], wire.AssertStored(answer, file).Mirrors);
    }

    [Fact]
    public async Task Strict_mode_refuses_a_key_that_names_another_mirror_but_takes_equal_keys_and_empty_brackets()
    {
        await using var sandbox = await SandboxServer.StartAsync(Account(strict: true));
        using var wire = new Wire(sandbox);
        var file = Wire.Bytes(700);

        var differing = await wire.ChunkAsync(await wire.FreshVariablesAsync(), file, "keys.bin", "bytes 0-699/700", ("mirrors[1]", "13"));
        Assert.Contains("mirrors[1]=13", differing.Error, StringComparison.Ordinal);
        Assert.Empty(sandbox.Files);

        var equal = await wire.ChunkAsync(await wire.FreshVariablesAsync(), file, "keys.bin", "bytes 0-699/700", ("mirrors[13]", "13"), ("mirrors[]", "63"));
        Assert.Equal(["13", "63"], wire.AssertStored(equal, file).Mirrors);
    }
}
