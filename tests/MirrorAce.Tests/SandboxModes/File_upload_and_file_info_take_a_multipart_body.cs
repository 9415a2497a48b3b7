using MirrorAce.Sandbox;

namespace MirrorAce.Tests.SandboxModes;

/// <summary>The vendor's PHP sample and the remote-upload scripts post file/upload and file/info as multipart/form-data.</summary>
public sealed class File_upload_and_file_info_take_a_multipart_body
{
    [Fact]
    public async Task Default_mode_answers_both_and_the_variables_carry_an_upload()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var wire = new Wire(sandbox);

        var variables = await wire.VariablesAsync(multipart: true);
        Assert.True(variables.IsSuccess, variables.Text);
        var file = Wire.Bytes(5_000);
        var upload = await wire.ChunkAsync(
            new Wire.Variables(
                new Uri(variables.Result.GetProperty("server_file").GetString()!),
                new Uri(variables.Result.GetProperty("server_remote").GetString()!),
                variables.Result.GetProperty("cTracker").GetString()!,
                variables.Result.GetProperty("upload_key").GetString()!),
            file, "multipart.bin", "bytes 0-4999/5000");
        var stored = wire.AssertStored(upload, file);

        var info = await wire.FileInfoAsync(stored.Slug, multipart: true);
        Assert.True(info.IsSuccess, info.Text);
        Assert.Equal("active", info.Result.GetProperty(stored.Slug).GetProperty("status").GetString());
        Assert.Equal("5000", info.Result.GetProperty(stored.Slug).GetProperty("size").GetString());
    }

    [Fact]
    public async Task Strict_mode_refuses_both()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Strict = true });
        using var wire = new Wire(sandbox);

        var variables = await wire.VariablesAsync(multipart: true);
        var info = await wire.FileInfoAsync("7hzy", multipart: true);

        Assert.Contains("application/x-www-form-urlencoded", variables.Error, StringComparison.Ordinal);
        Assert.Contains("application/x-www-form-urlencoded", info.Error, StringComparison.Ordinal);
        Assert.True((await wire.VariablesAsync(multipart: false)).IsSuccess);
    }
}
