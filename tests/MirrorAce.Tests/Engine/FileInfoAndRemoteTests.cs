using MirrorAce.Api;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Engine;

public class FileInfoAndRemoteTests
{
    [Fact]
    public async Task File_info_asks_in_batches_of_fifty_and_answers_for_every_slug()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("known.bin", 123);
        var uploaded = (await TestSandbox.UploadOneAsync(sandbox, dir.Path, path)).File!;
        var unknown = Enumerable.Range(0, 60).Select(i => $"nope{i}").ToList();
        var before = sandbox.FileInfoRequestCount;

        var client = new MirrorAceClient(TestSandbox.Credentials(sandbox), sandbox.ApiUrl, TestSandbox.QuickRetry);
        var infos = await client.GetFileInfoAsync([uploaded.Slug, .. unknown]);

        Assert.Equal(2, sandbox.FileInfoRequestCount - before);
        Assert.Equal(61, infos.Count);
        Assert.True(infos[uploaded.Slug].IsActive);
        Assert.Equal(123, infos[uploaded.Slug].Size);
        Assert.Equal("known.bin", infos[uploaded.Slug].Name);
        Assert.All(unknown, slug => Assert.Equal("not found", infos[slug].Status));
        Assert.All(unknown, slug => Assert.Null(infos[slug].Size));
    }

    [Fact]
    public async Task File_info_reports_a_removed_file_as_not_active()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("gone.bin", 10);
        var uploaded = (await TestSandbox.UploadOneAsync(sandbox, dir.Path, path)).File!;
        sandbox.SetFileStatus(uploaded.Slug, "user removed");

        var client = new MirrorAceClient(TestSandbox.Credentials(sandbox), sandbox.ApiUrl, TestSandbox.QuickRetry);
        var info = (await client.GetFileInfoAsync([uploaded.Slug]))[uploaded.Slug];

        Assert.False(info.IsActive);
        Assert.Equal("user removed", info.Status);
    }

    [Fact]
    public async Task Every_upload_is_verified_through_file_info()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("verified.bin", 10);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(1, sandbox.FileInfoRequestCount);
    }

    [Fact]
    public async Task A_remote_upload_has_the_server_fetch_the_url_itself()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("origin.bin", 5000);
        var origin = (await TestSandbox.UploadOneAsync(sandbox, dir.Path, path)).File!;
        var source = new Uri(sandbox.ApiUrl, $"/m/{origin.Slug}/download");
        var client = new MirrorAceClient(TestSandbox.Credentials(sandbox), sandbox.ApiUrl, TestSandbox.QuickRetry);

        var variables = await client.GetUploadVariablesAsync();
        var answer = await client.UploadFromUrlAsync(variables, source, ["1"]);

        Assert.True(answer.IsComplete);
        var stored = sandbox.FindBySlug(answer.Slug!);
        Assert.NotNull(stored);
        Assert.Equal(TempDirectory.Sha256Of(path), stored.Sha256);
        Assert.Equal(["1"], stored.Mirrors);
    }
}
