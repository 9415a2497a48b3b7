using System.Net;
using MirrorAce.Http;
using Octokit;
using Octokit.Internal;

namespace MirrorAce.GitHub;

/// <summary>Builds the Octokit client for a <see cref="ReleaseTarget"/>, aimed at its API URL exactly.</summary>
internal static class GitHubConnectionFactory
{
    public const string ProductName = "MirrorAce.BuildTasks";

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(100);

    public static IGitHubClient Create(ReleaseTarget target)
    {
        // new GitHubClient(header, uri) rewrites any host but github.com to <uri>/api/v3/, which is
        // wrong for GHE.com (api.<tenant>.ghe.com has no /api/v3) and for test servers: a Connection
        // takes the address as it is.
        var connection = new Connection(new ProductHeaderValue(ProductName), target.ApiUrl,
            new InMemoryCredentialStore(new Credentials(target.Token)));
        connection.SetRequestTimeout(RequestTimeout);
        return new GitHubClient(connection);
    }

    /// <summary>The API root for <paramref name="apiUrl"/> (<c>GITHUB_API_URL</c>) with exactly one trailing slash, so relative paths land under it.</summary>
    /// <exception cref="MirrorAceException"><see cref="ErrorCodes.InvalidArgument"/> for a malformed URL or one with user-info, <see cref="ErrorCodes.InsecureUrl"/> for plain http to a non-loopback host.</exception>
    public static Uri ApiRoot(string? apiUrl)
    {
        if (string.IsNullOrWhiteSpace(apiUrl)) return ReleaseTarget.DefaultApiUrl;
        var text = apiUrl.Trim().TrimEnd('/') + "/";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new MirrorAceException(ErrorCodes.InvalidArgument, $"The GitHub API URL '{UrlDisplay.Text(apiUrl)}' is not an absolute http(s) URL without query",
                "Leave GITHUB_API_URL as GitHub Actions sets it, e.g. https://api.github.com or https://ghes.example.com/api/v3.");
        }

        // The token travels in every request; the engine's rule for MirrorAce URLs applies here too.
        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            throw new MirrorAceException(ErrorCodes.InsecureUrl, $"The GitHub API URL {UrlDisplay.Show(uri, UriPartial.Authority)} uses plain HTTP",
                "Use https://: plain HTTP is only allowed to loopback (127.0.0.1, ::1, localhost).");
        }

        // The token goes in a header; a password in the URL would only show in messages.
        UrlDisplay.RefuseUserInfo(uri, "GitHub API URL",
            "Remove 'user:password@' from GITHUB_API_URL (or MirrorAceGitHubApiUrl): the token is passed on its own, never in the URL.");

        return uri;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));
}
