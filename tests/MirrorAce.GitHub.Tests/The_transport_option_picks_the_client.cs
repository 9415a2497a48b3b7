using MirrorAce.GitHub.Tests.Support;

namespace MirrorAce.GitHub.Tests;

/// <summary>The tests run "over" a transport only if the option really picks it; Automatic is Octokit wherever code can be generated (not under Native AOT).</summary>
public sealed class The_transport_option_picks_the_client
{
    [Theory]
    [InlineData(GitHubTransport.Automatic, typeof(OctokitReleasesApi))]
    [InlineData(GitHubTransport.Octokit, typeof(OctokitReleasesApi))]
    [InlineData(GitHubTransport.HttpClient, typeof(HttpReleasesApi))]
    public void Each_option_gets_its_client(GitHubTransport transport, Type expected)
    {
        var target = ReleaseTarget.Resolve("https://api.github.com", GitHubTargets.Repository, "ghs_0123456789abcdef", "v1.0", null)!;

        using var api = ReleasesApi.Create(target, ReleaseNotesOptions.Default with { Transport = transport });

        Assert.IsType(expected, api);
        Assert.Equal(GitHubTransport.Automatic, ReleaseNotesOptions.Default.Transport);
    }
}
