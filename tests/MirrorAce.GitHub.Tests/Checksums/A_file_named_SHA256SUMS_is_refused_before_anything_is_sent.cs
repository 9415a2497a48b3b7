using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.GitHub.Tests.Checksums;

/// <summary>
/// With checksums asked for, a file of the run named like the manifest (in any case) would be listed under the manifest's
/// row: the run is refused with MA1072 before anything is sent. Without checksums the same file is an ordinary file.
/// </summary>
public sealed class A_file_named_SHA256SUMS_is_refused_before_anything_is_sent
{
    [Fact]
    public async Task Run()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.Write("app.zip", "app");
        dir.Write("sha256sums", "0000  app.zip\n");
        var publisher = new MirrorAcePublisher(TestSandbox.Credentials(sandbox),
            new UploadOptions { ApiUrl = sandbox.ApiUrl, BaseDirectory = dir.Path, Retry = TestSandbox.QuickRetry });

        var refused = await publisher.RunAsync(new PublishRequest { Files = ["app.zip", "sha256sums"], Checksums = true });

        Assert.Equal(ErrorCodes.DuplicateName, refused.Refused?.Code);
        Assert.Contains("sha256sums", refused.Refused!.Message, StringComparison.Ordinal);
        Assert.True(refused.RefusedBeforeSending);
        Assert.Empty(sandbox.Requests);

        var plain = await publisher.RunAsync(new PublishRequest { Files = ["app.zip", "sha256sums"] });

        Assert.True(plain.Succeeded);
        Assert.Equal(["app.zip", "sha256sums"], plain.Links.Select(l => l.Name));
    }
}
