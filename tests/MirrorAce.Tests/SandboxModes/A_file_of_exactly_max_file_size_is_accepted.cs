using MirrorAce.Sandbox;

namespace MirrorAce.Tests.SandboxModes;

/// <summary>The document: "File size should not exceed this limit", so a file of exactly max_file_size is allowed.</summary>
public sealed class A_file_of_exactly_max_file_size_is_accepted
{
    private const int MaxFile = 2_500;

    [Fact]
    public async Task Default_mode_stores_it_in_chunks_and_refuses_one_byte_more()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { MaxChunkSize = 1_000, MaxFileSize = MaxFile });
        using var wire = new Wire(sandbox);
        var file = Wire.Bytes(MaxFile);

        wire.AssertStored(await wire.UploadInChunksAsync(await wire.FreshVariablesAsync(), file, "limit.bin", 1_000), file);

        var over = await wire.UploadInChunksAsync(await wire.FreshVariablesAsync(), Wire.Bytes(MaxFile + 1), "over.bin", 1_000);
        Assert.Equal("File of 2501 bytes is too large: files must not exceed max_file_size (2500).", over.Error);
        Assert.Single(sandbox.Files);
    }

    [Fact]
    public async Task Default_mode_stores_it_from_a_remote_url()
    {
        await using var host = await SandboxServer.StartAsync();
        using var hostWire = new Wire(host);
        var file = Wire.Bytes(MaxFile);
        var hosted = hostWire.AssertStored(await hostWire.ChunkAsync(await hostWire.FreshVariablesAsync(), file, "remote.bin", "bytes 0-2499/2500"), file);
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { MaxFileSize = MaxFile });
        using var wire = new Wire(sandbox);

        var answer = await wire.RemoteAsync(await wire.FreshVariablesAsync(), new Uri(host.ApiUrl, $"/m/{hosted.Slug}/download"));

        wire.AssertStored(answer, file);
    }

    [Fact]
    public async Task Strict_mode_refuses_it_whichever_way_it_comes()
    {
        await using var host = await SandboxServer.StartAsync();
        using var hostWire = new Wire(host);
        var file = Wire.Bytes(MaxFile);
        var hosted = hostWire.AssertStored(await hostWire.ChunkAsync(await hostWire.FreshVariablesAsync(), file, "remote.bin", "bytes 0-2499/2500"), file);
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { MaxChunkSize = 1_000, MaxFileSize = MaxFile, Strict = true });
        using var wire = new Wire(sandbox);

        var chunked = await wire.UploadInChunksAsync(await wire.FreshVariablesAsync(), file, "limit.bin", 1_000);
        var remote = await wire.RemoteAsync(await wire.FreshVariablesAsync(), new Uri(host.ApiUrl, $"/m/{hosted.Slug}/download"));

        Assert.Equal("File of 2500 bytes is too large: files must be smaller than max_file_size (2500).", chunked.Error);
        Assert.Equal("The remote file is too large: files must be smaller than max_file_size (2500).", remote.Error);
        Assert.Empty(sandbox.Files);
    }
}
