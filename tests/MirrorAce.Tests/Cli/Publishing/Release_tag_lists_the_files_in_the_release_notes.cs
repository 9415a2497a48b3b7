using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Publishing;

/// <summary>The CLI is a complete door: other CI systems list their files in a GitHub release as the action and the task do.</summary>
public sealed class Release_tag_lists_the_files_in_the_release_notes
{
    private const string Repository = "octo-org/octo-cli";

    private static Dictionary<string, string?> GitHubEnvironment(SandboxServer sandbox) => new()
    {
        ["GITHUB_TOKEN"] = sandbox.GitHub.WriteToken,
        ["GITHUB_API_URL"] = sandbox.GitHubApiUrl.AbsoluteUri.TrimEnd('/'),
        ["GITHUB_REPOSITORY"] = Repository,
    };

    [Fact]
    public async Task The_notes_list_every_file_and_a_rerun_leaves_them_unchanged()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var release = sandbox.GitHub.AddRelease(Repository, "v1.0", "Written by a person.\n");
        dir.CreateFile("dist/app.zip", 3000);
        dir.CreateFile("dist/app.tar.gz", 4000);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, GitHubEnvironment(sandbox), "upload", "dist", "--release-tag", "v1.0");

        Assert.True(run.ExitCode == 0, run.StandardError);
        var body = sandbox.GitHub.ReleaseBody(release)!;
        Assert.StartsWith("Written by a person.", body, StringComparison.Ordinal);
        foreach (var file in sandbox.Files)
            Assert.Contains(file.Slug, body, StringComparison.Ordinal);
        Assert.Contains("app.zip", body, StringComparison.Ordinal);
        Assert.Contains("app.tar.gz", body, StringComparison.Ordinal);
        Assert.Contains("Release notes of release v1.0: 2 added", run.StandardError, StringComparison.Ordinal);

        // A re-run on another machine (a fresh cache) reuses what the notes list, and writes nothing.
        var patches = sandbox.GitHub.PatchCount;
        using var elsewhere = new TempDirectory();
        elsewhere.CreateFile("dist/app.zip", 3000);
        elsewhere.CreateFile("dist/app.tar.gz", 4000);
        File.Copy(Path.Combine(dir.Path, "dist", "app.zip"), Path.Combine(elsewhere.Path, "dist", "app.zip"), overwrite: true);
        File.Copy(Path.Combine(dir.Path, "dist", "app.tar.gz"), Path.Combine(elsewhere.Path, "dist", "app.tar.gz"), overwrite: true);
        var again = await MirrorAceCli.RunAsync(elsewhere.Path, sandbox, GitHubEnvironment(sandbox), "upload", "dist", "--release-tag", "v1.0");

        Assert.True(again.ExitCode == 0, again.StandardError);
        Assert.Equal(2, sandbox.CompletedUploadCount);
        Assert.Equal(patches, sandbox.GitHub.PatchCount);
        Assert.Contains("unchanged, all 2 files already listed", again.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_release_creates_the_missing_release_with_the_links()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("app.zip", 3000);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, GitHubEnvironment(sandbox), "upload", "app.zip", "--release-tag", "v2.0", "--create-release");

        Assert.True(run.ExitCode == 0, run.StandardError);
        var created = Assert.Single(sandbox.GitHub.ReleasesWithTag(Repository, "v2.0"));
        Assert.False(created.Draft);
        Assert.Contains(Assert.Single(sandbox.Files).Slug, sandbox.GitHub.ReleaseBody(created.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_token_is_refused_before_anything_is_sent()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.GitHub.AddRelease(Repository, "v1.0", "Notes.\n");
        dir.CreateFile("app.zip", 3000);
        var environment = GitHubEnvironment(sandbox);
        environment["GITHUB_TOKEN"] = null;

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, environment, "upload", "app.zip", "--release-tag", "v1.0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error MA3006", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("GITHUB_TOKEN", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task Create_release_without_a_tag_is_refused()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("app.zip", 3000);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip", "--create-release");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--create-release needs --release-tag", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }
}
