using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Engine;

public class FileNameTests
{
    [Theory]
    [InlineData("app 1.0 final.zip")]
    [InlineData("Ünïcödé-файл-文件.tar.gz")]
    [InlineData("quote\"and\\backslash.bin")]
    [InlineData("emoji-🚀.txt")]
    public async Task The_server_stores_the_name_exactly_as_on_disk(string name)
    {
        if (OperatingSystem.IsWindows() && name.Contains('"', StringComparison.Ordinal)) return;
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile(name, 1000);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        var stored = TestSandbox.AssertStoredIdentically(sandbox, result, path);
        Assert.Equal(name, stored.Name);
        Assert.Equal(name, result.File!.Name);
    }

    [Fact]
    public async Task The_filename_is_sent_as_raw_utf8_never_as_a_mime_encoded_word()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("naïve.bin", 10);

        await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        var disposition = Assert.Single(sandbox.Requests, r => r.FileContentDisposition is not null).FileContentDisposition!;
        Assert.Contains("filename=\"naïve.bin\"", disposition, StringComparison.Ordinal);
        Assert.DoesNotContain("=?utf-8?", disposition, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("name=\"files[]\"", disposition, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renamed_duplicate_reports_the_name_the_server_chose()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("same.zip", 100);

        var first = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);
        var second = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.Equal("same.zip", first.File!.Name);
        Assert.NotEqual("same.zip", second.File!.Name);
        Assert.Equal(sandbox.FindBySlug(second.File.Slug)!.Name, second.File.Name);
        Assert.Equal("same.zip", Path.GetFileName(second.File.Path));
    }
}
