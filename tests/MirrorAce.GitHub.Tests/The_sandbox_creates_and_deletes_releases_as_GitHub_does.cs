using MirrorAce.GitHub.Tests.Support;
using MirrorAce.Sandbox;
using Octokit;

namespace MirrorAce.GitHub.Tests;

/// <summary>
/// POST and DELETE on the sandbox's GitHub API, through Octokit: a published release's tag is taken (422 already_exists
/// on tag_name), drafts may share a tag, a read-only token may do neither.
/// </summary>
public sealed class The_sandbox_creates_and_deletes_releases_as_GitHub_does
{
    [Fact]
    public async Task A_second_published_release_of_a_tag_is_refused_with_already_exists_on_tag_name()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var client = GitHubConnectionFactory.Create(GitHubTargets.ByTag(sandbox, "v1.0"));

        var created = await client.Repository.Release.Create("octo-org", "octo-app",
            new NewRelease("v1.0") { Name = "One", Body = "Notes", Prerelease = true, TargetCommitish = "abc123" });
        var refused = await Assert.ThrowsAsync<ApiValidationException>(() =>
            client.Repository.Release.Create("octo-org", "octo-app", new NewRelease("v1.0")));

        Assert.Equal(("v1.0", "One", "Notes", false, true, "abc123"),
            (created.TagName, created.Name, created.Body, created.Draft, created.Prerelease, created.TargetCommitish));
        var error = Assert.Single(refused.ApiError.Errors);
        Assert.Equal(("already_exists", "tag_name", "Release"), (error.Code, error.Field, error.Resource));
        Assert.Equal(created.Id, Assert.Single(sandbox.GitHub.ReleasesWithTag(GitHubTargets.Repository, "v1.0")).Id);
        Assert.Equal(1, sandbox.GitHub.CreatedCount);
    }

    [Fact]
    public async Task Drafts_share_a_tag_with_each_other_and_with_a_published_release_and_a_deleted_one_is_gone()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var client = GitHubConnectionFactory.Create(GitHubTargets.ByTag(sandbox, "v2.0"));

        var first = await client.Repository.Release.Create("octo-org", "octo-app", new NewRelease("v2.0") { Draft = true });
        var second = await client.Repository.Release.Create("octo-org", "octo-app", new NewRelease("v2.0") { Draft = true });
        var published = await client.Repository.Release.Create("octo-org", "octo-app", new NewRelease("v2.0"));
        await client.Repository.Release.Delete("octo-org", "octo-app", second.Id);

        Assert.True(first.Draft && second.Draft && !published.Draft);
        Assert.Equal([first.Id, published.Id], sandbox.GitHub.ReleasesWithTag(GitHubTargets.Repository, "v2.0").Select(r => r.Id));
        Assert.Equal((3, 1), (sandbox.GitHub.CreatedCount, sandbox.GitHub.DeletedCount));
        await Assert.ThrowsAsync<NotFoundException>(() => client.Repository.Release.Delete("octo-org", "octo-app", second.Id));
    }

    [Fact]
    public async Task A_read_only_token_may_neither_create_nor_delete()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var id = sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v3.0", "");
        var client = GitHubConnectionFactory.Create(GitHubTargets.ByTag(sandbox, "v3.0", sandbox.GitHub.ReadOnlyToken));

        await Assert.ThrowsAsync<ForbiddenException>(() => client.Repository.Release.Create("octo-org", "octo-app", new NewRelease("v3.1")));
        await Assert.ThrowsAsync<ForbiddenException>(() => client.Repository.Release.Delete("octo-org", "octo-app", id));

        Assert.Single(sandbox.GitHub.ReleasesWithTag(GitHubTargets.Repository, "v3.0"));
        Assert.Empty(sandbox.GitHub.ReleasesWithTag(GitHubTargets.Repository, "v3.1"));
    }
}
