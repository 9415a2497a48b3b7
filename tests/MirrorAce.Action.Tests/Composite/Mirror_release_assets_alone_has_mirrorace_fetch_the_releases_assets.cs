using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Sandbox;
using MirrorAce.Upload;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>mirror-release-assets becomes the tool's --mirror-release-assets; with no files, nothing goes up from the runner.</summary>
[Collection(ToolFeedGroup.Name)]
public class Mirror_release_assets_alone_has_mirrorace_fetch_the_releases_assets(ToolFeed feed)
{
    [Fact]
    public async Task The_assets_are_fetched_from_their_urls_and_listed_in_the_notes()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var elsewhere = new TempDirectory();
        var release = sandbox.GitHub.AddRelease(CompositeRunSetup.Repository, "v1.0", "Notes.\n");
        // A file already on the sandbox: its download URL stands in for the asset's browser_download_url.
        var path = elsewhere.CreateFile("app-1.0.zip", 20_000);
        var uploader = new MirrorAceUploader(new MirrorAceCredentials(sandbox.Options.ApiKey, sandbox.Options.ApiToken),
            new UploadOptions { ApiUrl = sandbox.ApiUrl, BaseDirectory = elsewhere.Path });
        var published = Assert.Single(await uploader.UploadAsync([new UploadRequest("app-1.0.zip")]));
        Assert.True(published.Succeeded, published.Error?.Message);
        var url = new Uri(sandbox.ApiUrl, $"/m/{published.File!.Slug}/download");
        sandbox.GitHub.AddAsset(release, "app-1.0.zip", url.AbsoluteUri, 20_000);
        var chunks = sandbox.ChunkRequestCount;
        using var run = new CompositeRun().Against(sandbox, feed).WithGitHub(sandbox);
        run.Inputs["mirror-release-assets"] = "true";
        run.Inputs["release-tag"] = "v1.0";

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var result = await run.RunAsync(timeout.Token);

        Assert.True(result.ExitCode == 0, result.Log);
        Assert.Equal(1, sandbox.RemoteRequestCount);
        Assert.Equal(chunks, sandbox.ChunkRequestCount);
        var link = Assert.Single(LinksJson.Parse(result.Outputs["links"]));
        Assert.Equal(url.AbsoluteUri, link.Path);
        Assert.Equal(TempDirectory.Sha256Of(path), sandbox.FindBySlug(link.Slug)!.Sha256);
        var row = Assert.Single(ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(release)));
        Assert.Equal(link.Slug, row.Slug);
    }
}
