using System.Net;
using MirrorAce.Sandbox;

namespace MirrorAce.Tests.SandboxModes;

/// <summary>/_sandbox/ (no MirrorAce path) lets a rehearsal see what status and verify say of a removed or deleted file.</summary>
public sealed class Sandbox_controls_mark_a_stored_file_removed_or_deleted
{
    [Fact]
    public async Task File_info_follows_what_the_controls_set()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var wire = new Wire(sandbox);
        using var http = new HttpClient();
        var file = Wire.Bytes(300);
        var stored = wire.AssertStored(await wire.ChunkAsync(await wire.FreshVariablesAsync(), file, "a.bin", "bytes 0-299/300"), file);

        var listed = await http.GetStringAsync(new Uri(sandbox.AdminUrl, "files"));
        Assert.Contains($"\"slug\":\"{stored.Slug}\"", listed, StringComparison.Ordinal);
        Assert.Contains($"\"sha256\":\"{stored.Sha256}\"", listed, StringComparison.Ordinal);

        using var removed = await http.PostAsync(new Uri(sandbox.AdminUrl, $"files/{stored.Slug}/status"), new FormUrlEncodedContent([new("status", "user removed")]));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal("user removed", (await wire.FileInfoAsync(stored.Slug)).Result.GetProperty(stored.Slug).GetProperty("status").GetString());

        using var deleted = await http.DeleteAsync(new Uri(sandbox.AdminUrl, $"files/{stored.Slug}"));
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var info = (await wire.FileInfoAsync(stored.Slug)).Result.GetProperty(stored.Slug);
        Assert.Equal("not found", info.GetProperty("status").GetString());
        Assert.Equal("null", info.GetProperty("size").GetString());
        Assert.False(File.Exists(stored.DiskPath));
        using var download = await http.GetAsync(new Uri(sandbox.ApiUrl, $"/m/{stored.Slug}/download"));
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Empty(sandbox.Files);
    }

    [Fact]
    public async Task Unknown_statuses_and_slugs_are_refused()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var wire = new Wire(sandbox);
        using var http = new HttpClient();
        var stored = wire.AssertStored(await wire.ChunkAsync(await wire.FreshVariablesAsync(), Wire.Bytes(30), "a.bin", "bytes 0-29/30"), Wire.Bytes(30));

        using var badStatus = await http.PostAsync(new Uri(sandbox.AdminUrl, $"files/{stored.Slug}/status"), new FormUrlEncodedContent([new("status", "gone")]));
        using var badSlug = await http.DeleteAsync(new Uri(sandbox.AdminUrl, "files/nope"));

        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, badSlug.StatusCode);
        Assert.Equal("active", Assert.Single(sandbox.Files).Status);
    }

    [Fact]
    public async Task Faults_can_be_armed_and_cleared_while_it_runs()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var wire = new Wire(sandbox);
        using var http = new HttpClient();

        using var armed = await http.PostAsync(new Uri(sandbox.AdminUrl, "faults"), new FormUrlEncodedContent([new("fault", "status-error:file-upload:1:5")]));
        Assert.Equal(HttpStatusCode.OK, armed.StatusCode);
        Assert.Equal("Injected error", (await wire.VariablesAsync()).Error);

        using var cleared = await http.DeleteAsync(new Uri(sandbox.AdminUrl, "faults"));
        Assert.True((await wire.VariablesAsync()).IsSuccess);
        Assert.Equal(1, sandbox.Faults.Fired);
    }
}
