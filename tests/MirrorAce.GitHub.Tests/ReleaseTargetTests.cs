using MirrorAce.GitHub.Tests.Support;

namespace MirrorAce.GitHub.Tests;

public sealed class ReleaseTargetTests : IDisposable
{
    private const string Token = "ghs_0123456789abcdefTOKEN";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Without_a_tag_or_a_release_event_there_is_nothing_to_write()
    {
        var push = _temp.Write("push.json", """{"ref":"refs/heads/main","head_commit":{"id":"abc"}}""");

        Assert.Null(ReleaseTarget.Resolve("https://api.github.com", "o/r", Token, releaseTag: null, eventPath: null));
        Assert.Null(ReleaseTarget.Resolve("https://api.github.com", "o/r", Token, releaseTag: "  ", eventPath: push));
        Assert.Null(ReleaseTarget.Resolve("https://api.github.com", "o/r", Token, releaseTag: "", eventPath: Path.Combine(_temp.Path, "missing.json")));
    }

    [Fact]
    public void A_release_event_gives_the_release_id_and_tag()
    {
        var release = _temp.Write("release.json", """{"action":"published","release":{"id":123456789,"tag_name":"v1.2","draft":false}}""");

        var target = ReleaseTarget.Resolve("https://api.github.com", "octo-org/octo-app", Token, null, release)!;

        Assert.Equal(123456789, target.ReleaseId);
        Assert.Equal("v1.2", target.Tag);
        Assert.Equal("octo-org", target.Owner);
        Assert.Equal("octo-app", target.Name);
    }

    [Fact]
    public void A_release_tag_input_wins_over_the_event_and_borrows_its_id_only_for_the_same_tag()
    {
        var release = _temp.Write("release.json", """{"release":{"id":42,"tag_name":"v1.2"}}""");

        var other = ReleaseTarget.Resolve(null, "o/r", Token, "v2.0", release)!;
        var same = ReleaseTarget.Resolve(null, "o/r", Token, "v1.2", release)!;

        Assert.Equal(("v2.0", (long?)null), (other.Tag, other.ReleaseId));
        Assert.Equal(("v1.2", (long?)42), (same.Tag, same.ReleaseId));
    }

    [Fact]
    public void An_unreadable_event_payload_is_a_coded_error_unless_a_tag_makes_it_unnecessary()
    {
        var broken = _temp.Write("event.json", "{ not json");

        var error = Assert.Throws<MirrorAceException>(() => ReleaseTarget.Resolve(null, "o/r", Token, null, broken));

        Assert.Equal(ErrorCodes.EventPayloadUnreadable, error.Code);
        Assert.Equal("v1", ReleaseTarget.Resolve(null, "o/r", Token, "v1", broken)!.Tag);
    }

    [Theory]
    [InlineData(null, "https://api.github.com/")]
    [InlineData("", "https://api.github.com/")]
    [InlineData("https://api.github.com", "https://api.github.com/")]
    [InlineData("https://ghes.example.com/api/v3", "https://ghes.example.com/api/v3/")]
    [InlineData("https://ghes.example.com/api/v3/", "https://ghes.example.com/api/v3/")]
    [InlineData("https://api.acme.ghe.com", "https://api.acme.ghe.com/")]
    [InlineData("http://127.0.0.1:8080/github", "http://127.0.0.1:8080/github/")]
    [InlineData("http://localhost:8080", "http://localhost:8080/")]
    public void The_api_url_is_used_as_given_with_one_trailing_slash(string? apiUrl, string expected)
    {
        Assert.Equal(expected, ReleaseTarget.Resolve(apiUrl, "o/r", Token, "v1", null)!.ApiUrl.AbsoluteUri);
    }

    [Fact]
    public void Plain_http_to_anything_but_loopback_is_refused()
    {
        var error = Assert.Throws<MirrorAceException>(() => ReleaseTarget.Resolve("http://ghes.example.com/api/v3", "o/r", Token, "v1", null));

        Assert.Equal(ErrorCodes.InsecureUrl, error.Code);
    }

    [Theory]
    [InlineData("ftp://ghes.example.com/")]
    [InlineData("api.github.com")]
    [InlineData("https://api.github.com/?x=1")]
    public void A_malformed_api_url_is_refused(string apiUrl)
    {
        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<MirrorAceException>(() => ReleaseTarget.Resolve(apiUrl, "o/r", Token, "v1", null)).Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("just-a-name")]
    [InlineData("o/r/extra")]
    [InlineData("o/..")]
    [InlineData("o/r name")]
    public void A_repository_not_of_the_form_owner_name_is_refused(string? repository)
    {
        Assert.Equal(ErrorCodes.InvalidRepository, Assert.Throws<MirrorAceException>(() => ReleaseTarget.Resolve(null, repository, Token, "v1", null)).Code);
    }

    [Fact]
    public void A_missing_token_is_refused_naming_the_permission_the_job_needs()
    {
        var error = Assert.Throws<MirrorAceException>(() => ReleaseTarget.Resolve(null, "o/r", " ", "v1", null));

        Assert.Equal(ErrorCodes.BadToken, error.Code);
        Assert.Contains("contents: write", error.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_target_never_shows_its_token()
    {
        var target = ReleaseTarget.Resolve(null, "o/r", Token, "v1", null)!;

        Assert.DoesNotContain(Token, target.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, target.Description, StringComparison.Ordinal);
    }
}
