using MirrorAce.GitHub.Tests.Support;
using MirrorAce.Sandbox;
using MirrorAce.Sandbox.GitHub;

namespace MirrorAce.GitHub.Tests;

/// <summary>
/// What sits above the transport (retries, error codes, joining a release another job created) reads only
/// <see cref="GitHubApiException"/>: each transport must fill it alike from the same answers of the sandbox's GitHub API.
/// </summary>
public abstract class Each_transport_tells_githubs_refusals_the_same_way(GitHubTransport transport)
{
    private IReleasesApi Api(SandboxServer sandbox, string? token = null) =>
        ReleasesApi.Create(GitHubTargets.ByTag(sandbox, "v1.0", token), GitHubTargets.Quick with { Transport = transport });

    [Fact]
    public async Task A_second_published_release_of_a_tag_is_a_422_with_already_exists_on_tag_name()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = Api(sandbox);

        var created = await api.CreateAsync("v1.0", "Notes", draft: false, prerelease: true, targetCommitish: "abc123", CancellationToken.None);
        var refused = await Assert.ThrowsAsync<GitHubApiException>(() => api.CreateAsync("v1.0", "", false, false, null, CancellationToken.None));

        Assert.Equal(("v1.0", "Notes", false), (created.TagName, created.Body, created.Draft));
        Assert.Equal(("v1.0", "v1.0", true, "abc123"), (sandbox.GitHub.Release(created.Id).Tag, sandbox.GitHub.Release(created.Id).Name,
            sandbox.GitHub.Release(created.Id).Prerelease, sandbox.GitHub.Release(created.Id).TargetCommitish));
        Assert.Equal((422, "Validation Failed"), (refused.StatusCode, refused.GitHubMessage));
        Assert.Equal(new GitHubApiException.FieldError("Release", "tag_name", "already_exists", null), Assert.Single(refused.Errors));
        Assert.Equal(1, sandbox.GitHub.CreatedCount);
    }

    [Fact]
    public async Task Rate_limits_keep_their_status_headers_and_words()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "");
        using var api = Api(sandbox);
        sandbox.GitHub.FailNext(GitHubFault.SecondaryRateLimit, retryAfterSeconds: 7);
        sandbox.GitHub.FailNext(GitHubFault.PrimaryRateLimit, retryAfterSeconds: 600);
        sandbox.GitHub.FailNext(GitHubFault.TooManyRequests, retryAfterSeconds: 9);

        var secondary = await Assert.ThrowsAsync<GitHubApiException>(() => api.GetByTagAsync("v1.0", CancellationToken.None));
        var primary = await Assert.ThrowsAsync<GitHubApiException>(() => api.GetByTagAsync("v1.0", CancellationToken.None));
        var tooMany = await Assert.ThrowsAsync<GitHubApiException>(() => api.GetByTagAsync("v1.0", CancellationToken.None));

        Assert.Equal((403, "7"), (secondary.StatusCode, secondary.Header("retry-after")));
        Assert.Contains("secondary rate limit", secondary.Body, StringComparison.Ordinal);
        Assert.Contains("secondary rate limit", secondary.GitHubMessage, StringComparison.Ordinal);
        Assert.Equal((403, "0", "API rate limit exceeded for installation ID 1."), (primary.StatusCode, primary.Header("X-RateLimit-Remaining"), primary.GitHubMessage));
        Assert.InRange(long.Parse(primary.Header("x-ratelimit-reset")!, System.Globalization.CultureInfo.InvariantCulture) - DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 500, 600);
        Assert.Equal((429, "9"), (tooMany.StatusCode, tooMany.Header("Retry-After")));
        Assert.Equal("v1.0", (await api.GetByTagAsync("v1.0", CancellationToken.None)).TagName);
    }

    [Fact]
    public async Task A_bad_token_a_read_only_token_and_a_hidden_draft_are_401_403_and_404()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var draft = sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "", draft: true);
        var published = sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v0.9", "Notes.");
        using var bad = Api(sandbox, "ghs_revoked0123456789");
        using var reader = Api(sandbox, sandbox.GitHub.ReadOnlyToken);
        using var writer = Api(sandbox);

        var unauthorized = await Assert.ThrowsAsync<GitHubApiException>(() => bad.GetAsync(draft, CancellationToken.None));
        var forbidden = await Assert.ThrowsAsync<GitHubApiException>(() => reader.UpdateBodyAsync(published, "x", CancellationToken.None));
        var hidden = await Assert.ThrowsAsync<GitHubApiException>(() => writer.GetByTagAsync("v1.0", CancellationToken.None));

        Assert.Equal((401, "Bad credentials"), (unauthorized.StatusCode, unauthorized.GitHubMessage));
        Assert.Equal((403, "Resource not accessible by integration"), (forbidden.StatusCode, forbidden.GitHubMessage));
        Assert.Equal((404, "Not Found"), (hidden.StatusCode, hidden.GitHubMessage));
        Assert.Equal(("", "Notes."), (sandbox.GitHub.ReleaseBody(draft), sandbox.GitHub.ReleaseBody(published)));
    }

    [Fact]
    public async Task A_body_that_is_not_github_json_is_the_message_as_it_came()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "");
        using var api = Api(sandbox);
        sandbox.GitHub.FailNext(GitHubFault.BadGateway);
        sandbox.GitHub.ErrorAnswerRewriter = (_, _) => "<html>502 Bad Gateway</html>";

        var failure = await Assert.ThrowsAsync<GitHubApiException>(() => api.ListAsync(1, 100, CancellationToken.None));

        Assert.Equal((502, "<html>502 Bad Gateway</html>", "<html>502 Bad Gateway</html>"), (failure.StatusCode, failure.GitHubMessage, failure.Body));
        Assert.Empty(failure.Errors);
        Assert.DoesNotContain("html", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>Through Octokit, the GitHub Action's and the MSBuild task's transport.</summary>
    public sealed class OverOctokit() : Each_transport_tells_githubs_refusals_the_same_way(GitHubTransport.Octokit);

    /// <summary>Through HttpClient and source-generated JSON, the native CLI's transport.</summary>
    public sealed class OverHttpClient() : Each_transport_tells_githubs_refusals_the_same_way(GitHubTransport.HttpClient);
}
