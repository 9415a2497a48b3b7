using System.Text.Json;
using MirrorAce.GitHub.Tests.Support;
using MirrorAce.Sandbox;

namespace MirrorAce.GitHub.Tests;

/// <summary>Both transports ask GitHub the same things: the same paths, pages, token header, and a PATCH that sets the body alone.</summary>
public abstract class Each_transport_sends_the_same_requests(GitHubTransport transport)
{
    private IReleasesApi Api(SandboxServer sandbox) =>
        ReleasesApi.Create(GitHubTargets.ByTag(sandbox, "v1.0", enterprise: true), GitHubTargets.Quick with { Transport = transport });

    [Fact]
    public async Task Releases_and_assets_are_listed_one_asked_for_page_at_a_time()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        for (var i = 0; i < 65; i++) sandbox.GitHub.AddRelease(GitHubTargets.Repository, $"v1.{i}", "");
        var id = sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v2.0", "");
        for (var i = 0; i < 35; i++) sandbox.GitHub.AddAsset(id, $"file-{i}.zip", $"https://example.com/file-{i}.zip", 100 + i);
        using var api = Api(sandbox);

        var second = await api.ListAsync(2, 30, CancellationToken.None);
        var last = await api.ListAsync(3, 30, CancellationToken.None);
        var assets = await api.ListAssetsAsync(id, 2, 30, CancellationToken.None);

        Assert.Equal((30, 6), (second.Count, last.Count));
        Assert.Equal(36, second.Concat(last).Select(r => r.Id).Distinct().Count());
        Assert.Equal([.. Enumerable.Range(30, 5).Select(i => new GitHubAsset($"file-{i}.zip", 100 + i, "uploaded", $"https://example.com/file-{i}.zip"))], assets);
        Assert.Equal([("/api/v3/repos/octo-org/octo-app/releases", "?per_page=30&page=2"), ("/api/v3/repos/octo-org/octo-app/releases", "?per_page=30&page=3"),
            ($"/api/v3/repos/octo-org/octo-app/releases/{id}/assets", "?per_page=30&page=2")], sandbox.GitHub.Requests.Select(r => (r.Path, r.Query)));
        Assert.All(sandbox.GitHub.Requests, r => Assert.Equal("Token " + sandbox.GitHub.WriteToken, r.Authorization));
    }

    [Fact]
    public async Task Updating_sends_the_body_alone_so_a_draft_keeps_its_state_and_name()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var draft = sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Before.", draft: true, prerelease: true);
        using var api = Api(sandbox);
        const string body = "## Downloads \u00fc \U0001F680 <a href=\"x\">&</a>\r\n";

        await api.UpdateBodyAsync(draft, body, CancellationToken.None);
        var read = await api.GetAsync(draft, CancellationToken.None);

        var patch = Assert.Single(sandbox.GitHub.Requests, r => r.Method == "PATCH");
        using var sent = JsonDocument.Parse(patch.Body!);
        Assert.Equal(["body"], sent.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(body, sent.RootElement.GetProperty("body").GetString());
        Assert.Equal((draft, "v1.0", body, true), (read.Id, read.TagName, read.Body, read.Draft));
        Assert.Equal(("v1.0", true, true), (sandbox.GitHub.Release(draft).Name, sandbox.GitHub.Release(draft).Draft, sandbox.GitHub.Release(draft).Prerelease));
    }

    [Fact]
    public async Task A_draft_is_created_and_deleted_and_a_second_delete_is_a_404()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = Api(sandbox);

        var created = await api.CreateAsync("v1.0", "Links.", draft: true, prerelease: false, targetCommitish: null, CancellationToken.None);
        await api.DeleteAsync(created.Id, CancellationToken.None);
        var again = await Assert.ThrowsAsync<GitHubApiException>(() => api.DeleteAsync(created.Id, CancellationToken.None));

        Assert.True(created.Draft);
        Assert.StartsWith("http://127.0.0.1:", created.HtmlUrl, StringComparison.Ordinal);
        var post = Assert.Single(sandbox.GitHub.Requests, r => r.Method == "POST");
        using var sent = JsonDocument.Parse(post.Body!);
        Assert.Equal(("v1.0", "v1.0", "Links.", true, false), (sent.RootElement.GetProperty("tag_name").GetString(), sent.RootElement.GetProperty("name").GetString(),
            sent.RootElement.GetProperty("body").GetString(), sent.RootElement.GetProperty("draft").GetBoolean(), sent.RootElement.GetProperty("prerelease").GetBoolean()));
        Assert.False(sent.RootElement.TryGetProperty("target_commitish", out _));
        Assert.Equal((1, 1, 404), (sandbox.GitHub.CreatedCount, sandbox.GitHub.DeletedCount, again.StatusCode));
        Assert.Empty(sandbox.GitHub.ReleasesWithTag(GitHubTargets.Repository, "v1.0"));
    }

    /// <summary>Through Octokit, the GitHub Action's and the MSBuild task's transport.</summary>
    public sealed class OverOctokit() : Each_transport_sends_the_same_requests(GitHubTransport.Octokit);

    /// <summary>Through HttpClient and source-generated JSON, the native CLI's transport.</summary>
    public sealed class OverHttpClient() : Each_transport_sends_the_same_requests(GitHubTransport.HttpClient);
}
