namespace MirrorAce.Tests.Engine;

/// <summary>With no mirrors listed by the server, neither the default nor a chosen mirror is sent. (Found by a review of the engine against the protocol notes.)</summary>
public sealed class Mirrors_are_sent_only_to_a_server_that_lists_them
{
    [Fact]
    public async Task A_server_that_lists_no_mirrors_gets_none_sent_to_it()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.Mirrors = new Dictionary<string, bool>());
        var path = dir.CreateFile("m.bin", 10);

        var defaults = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);
        var chosen = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Mirrors = ["1"] });

        Assert.Equal(ErrorCodes.NoMirrors, defaults.Error?.Code);
        Assert.Equal(ErrorCodes.UnknownMirror, chosen.Error?.Code);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }
}
