using MirrorAce.GitHub.Tests.Support;
using MirrorAce.Sandbox;

namespace MirrorAce.GitHub.Tests;

public abstract class Release_tags_are_checked_as_git_names_and_sent_as_one_path_segment(GitHubTransport transport) : IAsyncLifetime
{
    private ReleaseNotesOptions Quick { get; } = GitHubTargets.Quick with { Transport = transport };

    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await TestSandbox.StartTolerantAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Theory]
    [InlineData("nope/../v1.0")]
    [InlineData("../../evil")]
    [InlineData("v1..0")]
    [InlineData("-rf")]
    [InlineData("/v1")]
    [InlineData(".v1")]
    [InlineData("v1/")]
    [InlineData("v1.")]
    [InlineData("v1.lock")]
    [InlineData("release/.hidden")]
    [InlineData("a//b")]
    [InlineData("v1~1")]
    [InlineData("v1^")]
    [InlineData("a:b")]
    [InlineData("a?b")]
    [InlineData("a*b")]
    [InlineData("a[b")]
    [InlineData("a\\b")]
    [InlineData("v1@{0}")]
    [InlineData("@")]
    [InlineData("v1\u0001")]
    [InlineData("v1\u007f")]
    public async Task A_tag_git_would_refuse_is_refused_before_any_request(string tag)
    {
        var v1 = _sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes.\n");

        var error = Assert.Throws<MirrorAceException>(() => GitHubTargets.ByTag(_sandbox, tag));

        Assert.Equal(ErrorCodes.InvalidTag, error.Code);
        Assert.Contains("not a valid Git tag name", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', error.Message);
        await Task.Yield();
        Assert.Empty(_sandbox.GitHub.Requests);
        Assert.Equal("Notes.\n", _sandbox.GitHub.ReleaseBody(v1));
    }

    [Theory]
    [InlineData("release/v1")]
    [InlineData("v1.0-rc.1+build.5")]
    [InlineData("caf\u00e9-2026")]
    [InlineData("a#b")]
    public async Task A_valid_tag_is_looked_up_as_one_escaped_segment_and_only_its_release_is_edited(string tag)
    {
        var v1 = _sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes.\n");
        var target = _sandbox.GitHub.AddRelease(GitHubTargets.Repository, tag, "Target.\n");

        var result = await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, tag), [Uploads.File("app.zip", "a1pp")], Quick);

        Assert.True(result.Changed);
        Assert.Equal(target, result.ReleaseId);
        var lookup = Assert.Single(_sandbox.GitHub.Requests, r => r.Path.Contains("/releases/tags/", StringComparison.Ordinal));
        Assert.Equal($"/github/repos/{GitHubTargets.Repository}/releases/tags/{Uri.EscapeDataString(tag)}", lookup.Path);
        Assert.Equal(200, lookup.Status);
        Assert.Equal("Notes.\n", _sandbox.GitHub.ReleaseBody(v1));
        Assert.Contains("app.zip", _sandbox.GitHub.ReleaseBody(target), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_escape_in_the_tag_is_the_tags_own_text_not_a_slash()
    {
        // Unescaped, 'a%2Fb' would reach the server as the two segments of 'a/b' and edit that release.
        var slashed = _sandbox.GitHub.AddRelease(GitHubTargets.Repository, "a/b", "Slashed.\n");
        var literal = _sandbox.GitHub.AddRelease(GitHubTargets.Repository, "a%2Fb", "Literal.\n");

        var result = await ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "a%2Fb"), [Uploads.File("app.zip", "a1pp")], Quick);

        Assert.Equal(literal, result.ReleaseId);
        Assert.Equal("Slashed.\n", _sandbox.GitHub.ReleaseBody(slashed));
        Assert.Contains(_sandbox.GitHub.Requests, r => r.Path.EndsWith("/releases/tags/a%252Fb", StringComparison.Ordinal));
        Assert.DoesNotContain(_sandbox.GitHub.Requests, r => r.Method == "PATCH" && r.Path.EndsWith($"/{slashed}", StringComparison.Ordinal));
    }

    /// <summary>Through Octokit, the GitHub Action's and the MSBuild task's transport.</summary>
    public sealed class OverOctokit() : Release_tags_are_checked_as_git_names_and_sent_as_one_path_segment(GitHubTransport.Octokit);

    /// <summary>Through HttpClient and source-generated JSON, the native CLI's transport.</summary>
    public sealed class OverHttpClient() : Release_tags_are_checked_as_git_names_and_sent_as_one_path_segment(GitHubTransport.HttpClient);
}
