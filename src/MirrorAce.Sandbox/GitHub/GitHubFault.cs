namespace MirrorAce.Sandbox.GitHub;

/// <summary>How an injected fault on the GitHub API answers instead of the request being processed.</summary>
public enum GitHubFault
{
    /// <summary>HTTP 403 "You have exceeded a secondary rate limit" with <c>Retry-After</c> (Octokit: <c>SecondaryRateLimitExceededException</c>).</summary>
    SecondaryRateLimit,

    /// <summary>HTTP 429 with <c>Retry-After</c> (Octokit: a plain <c>ApiException</c>).</summary>
    TooManyRequests,

    /// <summary>HTTP 403 "API rate limit exceeded" with <c>X-RateLimit-Remaining: 0</c> and <c>X-RateLimit-Reset</c> (Octokit: <c>RateLimitExceededException</c>).</summary>
    PrimaryRateLimit,

    /// <summary>HTTP 502 "Server Error".</summary>
    BadGateway,
}
