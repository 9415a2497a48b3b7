using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Sandbox;
using MirrorAce.Upload;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>The mirror-release-assets input: MirrorAce fetches the release's assets itself; nothing goes up from the runner.</summary>
public class MirrorReleaseAssetsTests
{
    /// <summary>A file already on the sandbox, whose download URL stands in for a GitHub asset's browser_download_url.</summary>
    private sealed record Published(string Name, string Sha256, Uri DownloadUrl);

    private static async Task<Published> PublishAsync(SandboxServer sandbox, TempDirectory folder, string name, long size)
    {
        var path = folder.CreateFile(name, size);
        var uploader = new MirrorAceUploader(new MirrorAceCredentials(sandbox.Options.ApiKey, sandbox.Options.ApiToken),
            new UploadOptions { ApiUrl = sandbox.ApiUrl, BaseDirectory = folder.Path });
        var result = Assert.Single(await uploader.UploadAsync([new UploadRequest(name)]));
        Assert.True(result.Succeeded, result.Error?.Message);
        return new Published(name, TempDirectory.Sha256Of(path), new Uri(sandbox.ApiUrl, $"/m/{result.File.Slug}/download"));
    }

    private static async Task<(long Release, Published[] Assets)> ReleaseWithAssetsAsync(SandboxServer sandbox, TempDirectory folder, bool draft = false)
    {
        var release = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", "Notes.\n", draft);
        Published[] assets = [await PublishAsync(sandbox, folder, "app-1.0.zip", 20_000), await PublishAsync(sandbox, folder, "app-1.0.tar.gz", 30_000)];
        foreach (var asset in assets) sandbox.GitHub.AddAsset(release, asset.Name, asset.DownloadUrl.AbsoluteUri, new FileInfo(Path.Combine(folder.Path, asset.Name)).Length);
        return (release, assets);
    }

    [Fact]
    public async Task The_release_assets_are_fetched_by_MirrorAce_from_their_URLs_and_listed_in_the_notes()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var elsewhere = new TempDirectory();
        var (release, assets) = await ReleaseWithAssetsAsync(sandbox, elsewhere);
        var chunks = sandbox.ChunkRequestCount;
        using var step = new GitHubStep();
        step.For(sandbox, "").WithRelease(sandbox, "v1.0");
        step.Inputs["mirror-release-assets"] = "true";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, sandbox.RemoteRequestCount);
        Assert.Equal(chunks, sandbox.ChunkRequestCount);
        var links = LinksJson.Parse(run.Outputs["links"]);
        Assert.Equal(assets.Select(a => a.DownloadUrl.AbsoluteUri), links.Select(l => l.Path));
        foreach (var (link, asset) in links.Zip(assets))
        {
            var stored = sandbox.FindBySlug(link.Slug)!;
            Assert.Equal(asset.Sha256, stored.Sha256);
            Assert.Equal(asset.Sha256, TempDirectory.Sha256Of(stored.DiskPath!));
        }
        var rows = ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(release));
        Assert.Equal(["app-1.0.tar.gz", "app-1.0.zip"], rows.Select(r => r.Name));
        Assert.Equal(links.Select(l => l.Slug).Order(StringComparer.Ordinal), rows.Select(r => r.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_rerun_does_not_have_MirrorAce_fetch_the_assets_again()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var elsewhere = new TempDirectory();
        var (release, _) = await ReleaseWithAssetsAsync(sandbox, elsewhere);
        using var step = new GitHubStep();
        step.For(sandbox, "").WithRelease(sandbox, "v1.0");
        step.Inputs["mirror-release-assets"] = "true";
        var first = await step.RunAsync();
        Assert.True(first.ExitCode == 0, first.ToString());
        var (remote, patches, body) = (sandbox.RemoteRequestCount, sandbox.GitHub.PatchCount, sandbox.GitHub.ReleaseBody(release));

        var again = await step.RunAsync();

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(remote, sandbox.RemoteRequestCount);
        Assert.Equal(patches, sandbox.GitHub.PatchCount);
        Assert.Equal(body, sandbox.GitHub.ReleaseBody(release));
        Assert.Equal(first.Outputs["links"], again.Outputs["links"]);
        Assert.Contains("2 of them reused", again.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_asset_named_like_a_file_of_the_run_is_uploaded_from_the_workspace_only()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var elsewhere = new TempDirectory();
        var (release, assets) = await ReleaseWithAssetsAsync(sandbox, elsewhere);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/app-1.0.zip", 20_000);
        step.For(sandbox, "dist/app-1.0.zip").WithRelease(sandbox, "v1.0");
        step.Inputs["mirror-release-assets"] = "true";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(1, sandbox.RemoteRequestCount);
        Assert.Contains("Release asset app-1.0.zip: not mirrored, a file of the same name is uploaded by this run.", run.StdoutLines);
        Assert.Equal(["dist/app-1.0.zip", assets[1].DownloadUrl.AbsoluteUri], LinksJson.Parse(run.Outputs["links"]).Select(l => l.Path));
        Assert.Equal(["app-1.0.tar.gz", "app-1.0.zip"], ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(release)).Select(r => r.Name));
    }

    [Fact]
    public async Task The_assets_of_a_draft_cannot_be_fetched_without_a_token_so_nothing_is_sent()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var elsewhere = new TempDirectory();
        await ReleaseWithAssetsAsync(sandbox, elsewhere, draft: true);
        var variables = sandbox.UploadVariablesRequestCount;
        using var step = new GitHubStep();
        step.For(sandbox, "").WithRelease(sandbox, "v1.0");
        step.Inputs["mirror-release-assets"] = "true";

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("::error title=MA1022::The assets of release 'v1.0' of octo-org/octo-app cannot be mirrored: it is a draft", Assert.Single(run.Commands("error")), StringComparison.Ordinal);
        Assert.Equal(variables, sandbox.UploadVariablesRequestCount);
        Assert.Equal(0, sandbox.RemoteRequestCount);
    }

    [Fact]
    public async Task Mirroring_release_assets_without_a_release_is_an_input_error()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.For(sandbox, "").WithRelease(sandbox, releaseTag: null);
        step.Inputs["mirror-release-assets"] = "true";

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("::error title=MA1022::The input 'mirror-release-assets' needs a release", Assert.Single(run.Commands("error")), StringComparison.Ordinal);
        Assert.Empty(sandbox.GitHub.Requests);
        Assert.Equal(0, sandbox.UploadVariablesRequestCount);
    }
}
