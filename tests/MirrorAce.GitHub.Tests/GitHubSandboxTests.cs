using MirrorAce.GitHub.Tests.Support;
using MirrorAce.Sandbox;

namespace MirrorAce.GitHub.Tests;

/// <summary>The sandbox's GitHub API behaves as Octokit expects GitHub to: what the publisher's tests rely on.</summary>
public sealed class GitHubSandboxTests
{
    [Fact]
    public async Task Octokit_follows_the_list_link_header_through_every_page()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        for (var i = 0; i < 65; i++) sandbox.GitHub.AddRelease(GitHubTargets.Repository, $"v1.{i}", "");
        var client = GitHubConnectionFactory.Create(GitHubTargets.ByTag(sandbox, "v1.0"));

        var all = await client.Repository.Release.GetAll("octo-org", "octo-app", new Octokit.ApiOptions { PageSize = 30 });

        Assert.Equal(65, all.Count);
        Assert.Equal(65, all.Select(r => r.Id).Distinct().Count());
        Assert.Equal(["?per_page=30", "?per_page=30&page=2", "?per_page=30&page=3"], sandbox.GitHub.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task Octokit_follows_the_asset_list_link_header_and_sees_the_assets_in_the_release_too()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var id = sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "");
        for (var i = 0; i < 65; i++) sandbox.GitHub.AddAsset(id, $"file-{i}.zip", $"https://example.com/file-{i}.zip", 100 + i);
        var client = GitHubConnectionFactory.Create(GitHubTargets.ByTag(sandbox, "v1.0"));

        var assets = await client.Repository.Release.GetAllAssets("octo-org", "octo-app", id, new Octokit.ApiOptions { PageSize = 30 });
        var release = await client.Repository.Release.Get("octo-org", "octo-app", id);

        Assert.Equal(Enumerable.Range(0, 65).Select(i => $"file-{i}.zip"), assets.Select(a => a.Name));
        Assert.Equal(("https://example.com/file-64.zip", 164, "uploaded"), (assets[64].BrowserDownloadUrl, assets[64].Size, assets[64].State));
        Assert.Equal(["?per_page=30", "?per_page=30&page=2", "?per_page=30&page=3"],
            sandbox.GitHub.Requests.Where(r => r.Path.EndsWith("/assets", StringComparison.Ordinal)).Select(r => r.Query));
        Assert.Equal(65, release.Assets.Count);
    }

    [Fact]
    public async Task The_assets_of_a_draft_are_hidden_from_read_only_tokens()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var draft = sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v2.0", "", draft: true);
        sandbox.GitHub.AddAsset(draft, "app.zip", "https://example.com/app.zip", 10);
        var writer = GitHubConnectionFactory.Create(GitHubTargets.ByTag(sandbox, "v2.0"));
        var reader = GitHubConnectionFactory.Create(GitHubTargets.ByTag(sandbox, "v2.0", token: sandbox.GitHub.ReadOnlyToken));

        Assert.Single(await writer.Repository.Release.GetAllAssets("octo-org", "octo-app", draft));
        await Assert.ThrowsAsync<Octokit.NotFoundException>(() => reader.Repository.Release.GetAllAssets("octo-org", "octo-app", draft));
    }

    [Fact]
    public async Task Drafts_are_hidden_from_the_tag_lookup_and_from_read_only_tokens()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var draft = sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v2.0", "", draft: true);
        var writer = GitHubConnectionFactory.Create(GitHubTargets.ByTag(sandbox, "v2.0"));
        var reader = GitHubConnectionFactory.Create(GitHubTargets.ByTag(sandbox, "v2.0", token: sandbox.GitHub.ReadOnlyToken));

        await Assert.ThrowsAsync<Octokit.NotFoundException>(() => writer.Repository.Release.Get("octo-org", "octo-app", "v2.0"));
        Assert.Equal(draft, (await writer.Repository.Release.Get("octo-org", "octo-app", draft)).Id);
        Assert.Single(await writer.Repository.Release.GetAll("octo-org", "octo-app"));
        await Assert.ThrowsAsync<Octokit.NotFoundException>(() => reader.Repository.Release.Get("octo-org", "octo-app", draft));
        Assert.Empty(await reader.Repository.Release.GetAll("octo-org", "octo-app"));
    }

    [Fact]
    public async Task Injected_rate_limits_reach_octokit_as_its_rate_limit_exceptions()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "");
        var client = GitHubConnectionFactory.Create(GitHubTargets.ByTag(sandbox, "v1.0"));
        sandbox.GitHub.FailNext(Sandbox.GitHub.GitHubFault.SecondaryRateLimit);
        sandbox.GitHub.FailNext(Sandbox.GitHub.GitHubFault.PrimaryRateLimit);
        sandbox.GitHub.FailNext(Sandbox.GitHub.GitHubFault.TooManyRequests);

        await Assert.ThrowsAsync<Octokit.SecondaryRateLimitExceededException>(() => client.Repository.Release.Get("octo-org", "octo-app", "v1.0"));
        await Assert.ThrowsAsync<Octokit.RateLimitExceededException>(() => client.Repository.Release.Get("octo-org", "octo-app", "v1.0"));
        var tooMany = await Assert.ThrowsAsync<Octokit.ApiException>(() => client.Repository.Release.Get("octo-org", "octo-app", "v1.0"));
        Assert.Equal(429, (int)tooMany.StatusCode);
    }
}
