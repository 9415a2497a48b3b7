using System.Text.Json;
using System.Text.RegularExpressions;
using MirrorAce.GitHub.Tests.Support;
using MirrorAce.Sandbox;
using MirrorAce.Sandbox.GitHub;

namespace MirrorAce.GitHub.Tests;

public abstract class The_github_token_echoed_by_github_in_any_encoding_reaches_no_error(GitHubTransport transport) : IAsyncLifetime
{
    private ReleaseNotesOptions Quick { get; } = GitHubTargets.Quick with { Transport = transport };
    private ReleaseNotesOptions Default { get; } = ReleaseNotesOptions.Default with { Transport = transport };

    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await TestSandbox.StartTolerantAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public static TheoryData<int> Forms() => [.. Enumerable.Range(0, SecretScan.Forms.Count)];

    /// <summary>Adds to GitHub's error message an echo of the token in form <paramref name="form"/> (Octokit tells some errors by their message).</summary>
    public static Func<int, string, string> Echoing(int form, string token) => (_, json) =>
        Regex.Replace(json, "\"message\":\"([^\"]*)\"", m => "\"message\":" + JsonSerializer.Serialize(m.Groups[1].Value + " echo: bad token " + SecretScan.Forms[form].Encode(token)));

    [Theory]
    [MemberData(nameof(Forms), MemberType = typeof(The_github_token_echoed_by_github_in_any_encoding_reaches_no_error))]
    public async Task A_refused_token_echoed_back_is_blanked_in_the_error(int form)
    {
        _sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes.\n");
        // The token is not one the fake GitHub knows: 401, with its echo.
        _sandbox.GitHub.ErrorAnswerRewriter = Echoing(form, SecretScan.GitHubToken);

        var error = await Assert.ThrowsAsync<MirrorAceException>(() =>
            ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0", SecretScan.GitHubToken), [Uploads.File("app.zip", "a1pp")], Quick));

        Assert.Equal(ErrorCodes.BadToken, error.Code);
        // What reached the server: the token as it is, in the Authorization header.
        Assert.Equal("Token " + SecretScan.GitHubToken, _sandbox.GitHub.Requests[0].Authorization);
        Assert.Contains("echo: bad token ***", error.Message, StringComparison.Ordinal);
        Assert.Empty(SecretScan.Leaks(new Dictionary<string, string> { ["message"] = error.Message, ["server message"] = error.ServerMessage ?? "" }, SecretScan.GitHubToken));
    }

    [Theory]
    [MemberData(nameof(Forms), MemberType = typeof(The_github_token_echoed_by_github_in_any_encoding_reaches_no_error))]
    public async Task A_rate_limit_answer_that_echoes_the_token_is_blanked_in_the_error(int form)
    {
        _sandbox.GitHub.WriteToken = SecretScan.GitHubToken;
        _sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes.\n");
        _sandbox.GitHub.FailNext(GitHubFault.SecondaryRateLimit, retryAfterSeconds: 3600);
        _sandbox.GitHub.ErrorAnswerRewriter = Echoing(form, SecretScan.GitHubToken);

        var error = await Assert.ThrowsAsync<MirrorAceException>(() =>
            ReleaseNotesReader.ReadAsync(GitHubTargets.ByTag(_sandbox, "v1.0", SecretScan.GitHubToken), includeAssets: false, Default));

        Assert.True(error.Code == ErrorCodes.RateLimited, error.Message);
        Assert.Contains("echo: bad token ***", error.Message, StringComparison.Ordinal);
        Assert.Empty(SecretScan.Leaks(new Dictionary<string, string> { ["message"] = error.Message }, SecretScan.GitHubToken));
    }

    [Fact]
    public async Task A_server_error_echoing_the_token_in_every_form_at_once_is_blanked()
    {
        _sandbox.GitHub.WriteToken = SecretScan.GitHubToken;
        _sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes.\n");
        _sandbox.GitHub.FailNext(GitHubFault.BadGateway, times: 4);
        var all = string.Join(" | ", SecretScan.Forms.Select(f => f.Encode(SecretScan.GitHubToken)));
        _sandbox.GitHub.ErrorAnswerRewriter = (_, json) => Regex.Replace(json, "\"message\":\"[^\"]*\"", _ => "\"message\":" + JsonSerializer.Serialize("echo: " + all));

        var error = await Assert.ThrowsAsync<MirrorAceException>(() =>
            ReleaseNotesPublisher.PublishAsync(GitHubTargets.ByTag(_sandbox, "v1.0", SecretScan.GitHubToken), [Uploads.File("app.zip", "a1pp")], Quick));

        Assert.Equal(ErrorCodes.RequestFailed, error.Code);
        Assert.Contains("echo: *** | ***", error.Message, StringComparison.Ordinal);
        Assert.Empty(SecretScan.Leaks(new Dictionary<string, string> { ["message"] = error.Message }, SecretScan.GitHubToken));
    }

    [Fact]
    public async Task A_token_no_header_can_hold_is_blanked_in_the_error_that_quotes_it()
    {
        // .NET refuses the header, and its message quotes the whole value: the token too.
        const string token = "ghs_with\"quote-0123456789";
        _sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Notes.\n");

        var error = await Assert.ThrowsAsync<MirrorAceException>(() => ReleaseNotesReader.ReadAsync(GitHubTargets.ByTag(_sandbox, "v1.0", token), includeAssets: false, Default));

        Assert.Equal(ErrorCodes.RequestFailed, error.Code);
        Assert.Contains("Token ***", error.Message, StringComparison.Ordinal);
        Assert.Empty(SecretScan.Leaks(new Dictionary<string, string> { ["message"] = error.Message }, token));
        Assert.Empty(_sandbox.GitHub.Requests);
    }

    [Theory]
    [InlineData("ghs_x")]
    [InlineData("ghs_0123456789\nabcdef")]
    [InlineData("ghs_0123456789\u2028abcdef")]
    public void A_token_too_short_or_with_a_line_break_is_refused_by_its_source_without_quoting_it(string token)
    {
        var error = Assert.Throws<MirrorAceException>(() =>
            ReleaseTarget.Resolve("https://api.github.com", "o/r", token, "v1", null, "the input 'github-token'"));

        Assert.Equal(ErrorCodes.MalformedCredentials, error.Code);
        Assert.Contains("The GitHub token in the input 'github-token' is malformed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ghs_", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://alice:s3cret@ghes.example.com/api/v3")]
    [InlineData("http://alice:s3cret@127.0.0.1:1/api/v3")]
    [InlineData("http://alice:s3cret@ghes.example.com/api/v3")]
    public void A_github_api_url_with_user_info_is_refused_without_showing_it(string apiUrl)
    {
        var error = Assert.Throws<MirrorAceException>(() => ReleaseTarget.Resolve(apiUrl, "o/r", "ghs_0123456789abcdef", "v1", null));

        Assert.True(error.Code is ErrorCodes.InvalidArgument or ErrorCodes.InsecureUrl, error.Code);
        Assert.DoesNotContain("alice", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Through Octokit, the GitHub Action's and the MSBuild task's transport.</summary>
    public sealed class OverOctokit() : The_github_token_echoed_by_github_in_any_encoding_reaches_no_error(GitHubTransport.Octokit);

    /// <summary>Through HttpClient and source-generated JSON, the native CLI's transport.</summary>
    public sealed class OverHttpClient() : The_github_token_echoed_by_github_in_any_encoding_reaches_no_error(GitHubTransport.HttpClient);
}
