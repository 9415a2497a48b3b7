using MirrorAce.Output;

namespace MirrorAce.Tests.Cli.Publishing;

/// <summary>Issue 17: <c>upload --checksums</c> uploads a SHA256SUMS of the files, listed in the links JSON and the release's notes like them.</summary>
public sealed class Checksums_flag_uploads_a_manifest_listed_in_the_links_and_the_notes
{
    private const string Repository = "octo-org/octo-sums";

    [Fact]
    public async Task Run()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var release = sandbox.GitHub.AddRelease(Repository, "v2.0", "Written by a person.\n");
        var zip = dir.CreateFile("dist/app.zip", 3000);
        var tar = dir.CreateFile("dist/app.tar.gz", 4000);
        var environment = new Dictionary<string, string?>
        {
            ["GITHUB_TOKEN"] = sandbox.GitHub.WriteToken,
            ["GITHUB_API_URL"] = sandbox.GitHubApiUrl.AbsoluteUri.TrimEnd('/'),
            ["GITHUB_REPOSITORY"] = Repository,
        };

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, environment, "upload", "dist", "--checksums", "--release-tag", "v2.0", "--json");

        Assert.True(run.ExitCode == 0, run.StandardError);
        var links = LinksJson.Parse(run.StandardOutput);
        // The manifest comes last, after the files.
        Assert.Equal(["app.tar.gz", "app.zip"], links.SkipLast(1).Select(l => l.Name).Order(StringComparer.Ordinal));
        var manifest = links[^1];
        Assert.Equal(("SHA256SUMS", "SHA256SUMS"), (manifest.Name, manifest.Path));
        Assert.Equal($"{TempDirectory.Sha256Of(tar)}  app.tar.gz\n{TempDirectory.Sha256Of(zip)}  app.zip\n",
            await File.ReadAllTextAsync(sandbox.FindBySlug(manifest.Slug)!.DiskPath!));
        var body = sandbox.GitHub.ReleaseBody(release)!;
        Assert.Contains($"\"name\":\"SHA256SUMS\",\"size\":{manifest.Size},\"sha256\":\"{manifest.Sha256}\",\"slug\":\"{manifest.Slug}\"", body, StringComparison.Ordinal);
    }
}
