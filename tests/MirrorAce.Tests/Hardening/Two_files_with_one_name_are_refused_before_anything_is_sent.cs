using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Hardening;

/// <summary>
/// Issue 12, class 4: out/linux/app.zip and out/win/app.zip would share one row of the notes, so one was dropped and
/// uploaded again on every re-run. The rule for every door: refuse the run, naming both paths.
/// </summary>
public class Two_files_with_one_name_are_refused_before_anything_is_sent
{
    [Fact]
    public async Task Both_paths_are_named_and_nothing_reaches_the_server()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var dir = new TempDirectory();
        dir.CreateFile("out/linux/app.zip", 10);
        dir.CreateFile("out/win/app.zip", 11);
        dir.CreateFile("out/readme.txt", 12);

        var results = await TestSandbox.Uploader(sandbox, dir.Path)
            .UploadAsync([new UploadRequest("out/linux/app.zip"), new UploadRequest("out/win/app.zip"), new UploadRequest("out/readme.txt")]);

        var clash = results[1].Error;
        Assert.Equal(ErrorCodes.DuplicateName, clash?.Code);
        Assert.Contains("out/linux/app.zip", clash!.Message, StringComparison.Ordinal);
        Assert.Contains("out/win/app.zip", clash.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.NotAttempted, results[0].Error?.Code);
        Assert.Equal(ErrorCodes.NotAttempted, results[2].Error?.Code);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task The_same_file_named_twice_is_uploaded_once_and_both_requests_get_its_link()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var dir = new TempDirectory();
        var path = dir.CreateFile("dist/app.zip", 1000);

        var results = await TestSandbox.Uploader(sandbox, dir.Path)
            .UploadAsync([new UploadRequest("dist/app.zip"), new UploadRequest(path)]);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.Message));
        Assert.Equal(results[0].File!.Slug, results[1].File!.Slug);
        Assert.Equal(path, results[1].Path);
        Assert.Single(sandbox.Files);
    }
}
