using System.Globalization;
using System.Net;
using MirrorAce.Http;

namespace MirrorAce.GitHub;

/// <summary>
/// Retries one GitHub request through rate limits (honouring <c>Retry-After</c> and <c>X-RateLimit-Reset</c>,
/// as GitHub asks) and through network failures and 5xx answers, a bounded number of times.
/// </summary>
internal sealed class GitHubRetry(ReleaseNotesOptions options, SecretRedactor? redactor = null)
{
    private readonly SecretRedactor _redactor = redactor ?? SecretRedactor.None;

    // GitHub: "otherwise, wait for at least one minute before retrying".
    private static readonly TimeSpan SecondaryLimitFallback = TimeSpan.FromMinutes(1);

    private enum Failure
    {
        Other,
        RateLimit,
        Transient,
    }

    /// <summary>Runs <paramref name="call"/>, retrying as allowed; what it finally throws is the transport's (<see cref="GitHubApiException"/> for an answer), or a <see cref="MirrorAceException"/> for a rate limit that would not lift.</summary>
    public async Task<T> RunAsync<T>(string what, Func<Task<T>> call, CancellationToken ct)
    {
        var rateLimited = 0;
        var transient = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            Exception failure;
            try
            {
                return await call().WaitAsync(ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && Classify(ex) != Failure.Other)
            {
                failure = ex;
            }

            TimeSpan delay;
            if (Classify(failure) == Failure.RateLimit)
            {
                rateLimited++;
                delay = RateLimitDelay(failure, rateLimited);
                if (rateLimited > options.MaxRateLimitRetries || delay > options.MaxRateLimitWait)
                {
                    throw RateLimitedError(what, failure, delay);
                }

                options.OnNotice?.Invoke($"GitHub rate limit while {what}; waiting {Seconds(delay)} s (retry {rateLimited} of {options.MaxRateLimitRetries}).");
            }
            else
            {
                transient++;
                if (transient > options.MaxTransientRetries) throw failure;
                delay = RetryAfter(failure) ?? options.TransientDelay * Math.Pow(2, transient - 1);
                options.OnNotice?.Invoke($"GitHub request failed while {what} ({Describe(failure)}); retrying in {Seconds(delay)} s (retry {transient} of {options.MaxTransientRetries}).");
            }

            await Task.Delay(delay, ct);
        }
    }

    private static Failure Classify(Exception ex) => ex switch
    {
        GitHubApiException { StatusCode: 429 } => Failure.RateLimit,
        // A plain 403 is a permission problem, unless GitHub's words or its rate-limit headers say otherwise.
        GitHubApiException { StatusCode: (int)HttpStatusCode.Forbidden } api
            when SaysRateLimited(api) || RetryAfter(api) is not null || api.Header("X-RateLimit-Remaining") == "0" => Failure.RateLimit,
        GitHubApiException { StatusCode: >= (int)HttpStatusCode.InternalServerError } => Failure.Transient,
        HttpRequestException => Failure.Transient,
        // The transport's own request timeout.
        TaskCanceledException or TimeoutException => Failure.Transient,
        _ => Failure.Other,
    };

    // GitHub's words for a primary, secondary or abuse rate limit, matched on the body as Octokit does.
    private static bool SaysRateLimited(GitHubApiException api) =>
        api.Body is { } body && (body.Contains("rate limit exceeded", StringComparison.Ordinal) || body.Contains("secondary rate limit", StringComparison.Ordinal)
            || body.Contains("abuse-rate-limits", StringComparison.Ordinal) || body.Contains("abuse detection mechanism", StringComparison.Ordinal));

    private static TimeSpan RateLimitDelay(Exception ex, int retry)
    {
        if (RetryAfter(ex) is { } after) return after;
        if (ex is GitHubApiException api && api.Header("X-RateLimit-Remaining") == "0"
            && long.TryParse(api.Header("X-RateLimit-Reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            var wait = DateTimeOffset.FromUnixTimeSeconds(reset) - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
        }

        return SecondaryLimitFallback * Math.Pow(2, retry - 1);
    }

    private static TimeSpan? RetryAfter(Exception ex)
    {
        if (ex is not GitHubApiException api || api.Header("Retry-After") is not { } value) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(seconds);
        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var wait = at - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private MirrorAceException RateLimitedError(string what, Exception ex, TimeSpan wanted) =>
        new(ErrorCodes.RateLimited,
            $"GitHub's rate limit did not lift while {what}",
            $"GitHub asked to wait {Seconds(wanted)} s more. Re-run the job later; jobs that call the API heavily with the same token share its limits.",
            serverMessage: _redactor.Redact((ex as GitHubApiException)?.GitHubMessage ?? ex.Message), inner: ex);

    private static string Seconds(TimeSpan delay) => Math.Ceiling(delay.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private static string Describe(Exception ex) => ex is GitHubApiException api
        ? $"HTTP {api.StatusCode}"
        : ex.GetType().Name;
}
