using MirrorAce.GitHub.Tests.Support;
using MirrorAce.Sandbox;
using MirrorAce.Sandbox.GitHub;

namespace MirrorAce.GitHub.Tests;

/// <summary>The reader through real HTTP, over each transport, against the sandbox's GitHub releases API.</summary>
public abstract class ReleaseNotesReaderTests(GitHubTransport transport) : IAsyncLifetime
{
    private ReleaseNotesOptions Quick { get; } = GitHubTargets.Quick with { Transport = transport };
    private ReleaseNotesOptions Default { get; } = ReleaseNotesOptions.Default with { Transport = transport };

    private SandboxServer _sandbox = null!;

    private GitHubSandbox GitHub => _sandbox.GitHub;

    public async Task InitializeAsync() => _sandbox = await TestSandbox.StartTolerantAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Reads_the_rows_of_the_links_section_and_asks_for_no_assets_unless_told_to()
    {
        var app = Uploads.File("app.zip", "a1pp");
        var tool = Uploads.File("tool.tar.gz", "t0ol", 2_000, "3");
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes.\n\n" + ReleaseNotesSection.Render([tool, app]) + "\nMore notes.\n");
        GitHub.AddAsset(id, "app.zip", "https://example.com/app.zip", 1_048_577);

        var release = await ReleaseNotesReader.ReadAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), includeAssets: false, Default);

        Assert.Equal((id, "v1.0", false), (release.ReleaseId, release.Tag, release.Draft));
        Assert.Equal([Rows.Of(app), Rows.Of(tool)], release.Rows.Select(Rows.Of));
        Assert.Empty(release.Assets);
        Assert.DoesNotContain(GitHub.Requests, r => r.Path.EndsWith("/assets", StringComparison.Ordinal));
        Assert.Equal(0, GitHub.PatchCount);
    }

    [Fact]
    public async Task Lists_every_asset_page_by_page_with_its_name_size_and_download_url()
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v1.0", null);
        for (var i = 0; i < 150; i++) GitHub.AddAsset(id, $"part-{i:000}.bin", $"https://example.com/download/v1.0/part-{i:000}.bin", 1_000 + i);

        var release = await ReleaseNotesReader.ReadAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), includeAssets: true, Quick);

        Assert.Empty(release.Rows);
        Assert.Equal(150, release.Assets.Count);
        Assert.Equal(new ReleaseAssetFile("part-149.bin", 1_149, new Uri("https://example.com/download/v1.0/part-149.bin")), release.Assets[149]);
        Assert.Equal(["?per_page=100&page=1", "?per_page=100&page=2"],
            GitHub.Requests.Where(r => r.Path.EndsWith("/assets", StringComparison.Ordinal)).Select(r => r.Query));
    }

    [Fact]
    public async Task Finds_a_draft_by_its_tag_and_says_it_is_one()
    {
        var id = GitHub.AddRelease(GitHubTargets.Repository, "v2.0-rc.1", null, draft: true);

        var release = await ReleaseNotesReader.ReadAsync(GitHubTargets.ByTag(_sandbox, "v2.0-rc.1"), includeAssets: false, Default);

        Assert.Equal(id, release.ReleaseId);
        Assert.True(release.Draft);
    }

    [Fact]
    public async Task A_release_that_does_not_exist_is_MA3001()
    {
        var error = await Assert.ThrowsAsync<MirrorAceException>(() => ReleaseNotesReader.ReadAsync(GitHubTargets.ByTag(_sandbox, "v9.9"), includeAssets: false, Default));

        Assert.Equal(ErrorCodes.ReleaseNotFound, error.Code);
    }

    [Fact]
    public async Task A_start_marker_without_an_end_marker_is_MA3005()
    {
        GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes.\n" + ReleaseNotesSection.StartMarker + "\n");

        var error = await Assert.ThrowsAsync<MirrorAceException>(() => ReleaseNotesReader.ReadAsync(GitHubTargets.ByTag(_sandbox, "v1.0"), includeAssets: false, Default));

        Assert.Equal(ErrorCodes.SectionDamaged, error.Code);
    }

    /// <summary>Through Octokit, the GitHub Action's and the MSBuild task's transport.</summary>
    public sealed class OverOctokit() : ReleaseNotesReaderTests(GitHubTransport.Octokit);

    /// <summary>Through HttpClient and source-generated JSON, the native CLI's transport.</summary>
    public sealed class OverHttpClient() : ReleaseNotesReaderTests(GitHubTransport.HttpClient);
}
