using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Publishing;

/// <summary>A CI step that only checks a release's links names no file: <c>upload --verify --release-tag</c> alone is a whole run.</summary>
public sealed class Verify_with_a_release_tag_needs_no_paths
{
    private const string Repository = "octo-org/octo-verify";

    private static Dictionary<string, string?> GitHubEnvironment(SandboxServer sandbox) => new()
    {
        ["GITHUB_TOKEN"] = sandbox.GitHub.WriteToken,
        ["GITHUB_API_URL"] = sandbox.GitHubApiUrl.AbsoluteUri.TrimEnd('/'),
        ["GITHUB_REPOSITORY"] = Repository,
    };

    [Fact]
    public async Task Checks_every_link_the_notes_list_and_uploads_nothing()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var release = sandbox.GitHub.AddRelease(Repository, "v1", "Notes.\n");
        dir.CreateFile("a.zip", 1_000);
        dir.CreateFile("b.zip", 2_000);
        var listed = await MirrorAceCli.RunAsync(dir.Path, sandbox, GitHubEnvironment(sandbox), "upload", "a.zip", "b.zip", "--release-tag", "v1");
        Assert.True(listed.ExitCode == 0, listed.StandardError);
        var removed = sandbox.Files.Single(f => f.Name == "b.zip");
        sandbox.SetFileStatus(removed.Slug, "user removed");
        var (uploads, patches) = (sandbox.UploadVariablesRequestCount, sandbox.GitHub.PatchCount);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, GitHubEnvironment(sandbox), "upload", "--verify", "--release-tag", "v1");

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Contains("The notes of release v1: 1 of 2 not active.", run.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^a\.zip\s+active\s", run.StandardOutput);
        Assert.Matches(@"(?m)^b\.zip\s+user removed\s", run.StandardOutput);
        Assert.Contains("mirrorace: warning: b.zip: MirrorAce reports it as user removed", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(uploads, sandbox.UploadVariablesRequestCount);
        Assert.Equal(patches, sandbox.GitHub.PatchCount);
        Assert.Contains(removed.Slug, sandbox.GitHub.ReleaseBody(release), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_paths_verify_or_mirrored_assets_there_is_nothing_to_do()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.GitHub.AddRelease(Repository, "v1", "Notes.\n");

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, GitHubEnvironment(sandbox), "upload", "--release-tag", "v1");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("mirrorace: error MA1022: There is nothing to do: no path or glob names a file to upload", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("add --verify or --mirror-release-assets with --release-tag", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
        Assert.Equal(0, sandbox.GitHub.PatchCount);
    }
}
