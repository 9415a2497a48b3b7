using MirrorAce.Api;
using MirrorAce.Sandbox;

namespace MirrorAce.Tests.Engine;

/// <summary>A remote upload carries its fields as the document asks: multipart, without a file part. (Found by a review of the engine against the protocol notes.)</summary>
public sealed class Remote_uploads_are_multipart_form_data
{
    [Fact]
    public async Task A_remote_upload_is_sent_as_multipart_form_data()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var origin = (await TestSandbox.UploadOneAsync(sandbox, dir.Path, dir.CreateFile("o.bin", 100))).File!;
        var client = new MirrorAceClient(TestSandbox.Credentials(sandbox), sandbox.ApiUrl, TestSandbox.QuickRetry);

        await client.UploadFromUrlAsync(await client.GetUploadVariablesAsync(), new Uri(sandbox.ApiUrl, $"/m/{origin.Slug}/download"), ["1"]);

        var remote = Assert.Single(sandbox.Requests, r => r.Endpoint == Endpoint.Remote);
        Assert.StartsWith("multipart/form-data; boundary=", remote.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Null(remote.FileContentDisposition);
    }
}
