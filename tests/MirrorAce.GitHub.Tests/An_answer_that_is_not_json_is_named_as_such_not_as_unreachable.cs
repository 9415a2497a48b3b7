using System.Text.Json;

namespace MirrorAce.GitHub.Tests;

/// <summary>
/// A success whose body is not the releases API's JSON (a proxy's page, GITHUB_API_URL set to the web address) points at the
/// URL, not at the network: the two failures get different words and advice.
/// </summary>
public sealed class An_answer_that_is_not_json_is_named_as_such_not_as_unreachable
{
    private static readonly ReleaseTarget Target =
        ReleaseTarget.Resolve("http://127.0.0.1:9/api/v3", "octo-org/octo-app", "ghs_0123456789abcdef", "v1.0", null)!;

    [Fact]
    public void Json_that_cannot_be_read_names_the_api_url()
    {
        var error = GitHubFailures.WhileReading(new JsonException("'<' is an invalid start of a value."), Target);

        Assert.Equal(ErrorCodes.RequestFailed, error.Code);
        Assert.Contains("is not the JSON of GitHub's releases API", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check GITHUB_API_URL: it must be the API root", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_network_failure_still_says_github_could_not_be_reached()
    {
        var error = GitHubFailures.WhileReading(new HttpRequestException("Connection refused"), Target);

        Assert.Equal(ErrorCodes.RequestFailed, error.Code);
        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }
}
