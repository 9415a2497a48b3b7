namespace MirrorAce.Tests.Engine;

/// <summary>The file is stored even when file/info does not confirm it: the error says where. (Found by a review of the engine against the protocol notes.)</summary>
public sealed class A_failed_verification_names_the_link
{
    [Fact]
    public async Task A_failed_verification_still_names_the_link_of_the_uploaded_file()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.NewFileStatus = "not found");
        var path = dir.CreateFile("lost.bin", 10);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.Equal(ErrorCodes.VerificationFailed, result.Error?.Code);
        var stored = Assert.Single(sandbox.Files);
        Assert.Contains($"/m/{stored.Slug}", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(3, sandbox.FileInfoRequestCount); // asked again before giving up
    }
}
