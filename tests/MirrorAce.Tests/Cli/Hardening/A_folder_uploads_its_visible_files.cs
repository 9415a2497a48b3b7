using MirrorAce.Output;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Hardening;

/// <summary>Issue 12, class 1, in the CLI: a folder means its files, hidden ones only with --include-hidden.</summary>
public class A_folder_uploads_its_visible_files
{
    [Fact]
    public async Task Hidden_files_and_folders_are_left_out()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("dist/app.zip", 1_000);
        dir.CreateFile("dist/.env", 30);
        dir.CreateFile("dist/.git/config", 30);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "dist", "--links-json", "links.json");

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.Equal(["dist/app.zip"], LinksJson.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json"))).Select(l => l.Path));
        Assert.Equal(["app.zip"], sandbox.Files.Select(f => f.Name));
    }

    [Fact]
    public async Task Include_hidden_uploads_them_too()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("dist/app.zip", 1_000);
        dir.CreateFile("dist/.build-info.json", 30);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "dist/*", "--include-hidden");

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.Equal([".build-info.json", "app.zip"], sandbox.Files.Select(f => f.Name).Order(StringComparer.Ordinal));
    }
}
