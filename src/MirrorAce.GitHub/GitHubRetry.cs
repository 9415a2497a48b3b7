using System.Globalization;
using System.Net;
using MirrorAce.Http;
using Octokit;

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

    /// <summary>Runs <paramref name="call"/>, retrying as allowed; what it finally throws is Octokit's (or a <see cref="MirrorAceException"/> for a rate limit that would not lift).</summary>
    /// <remarks>Octokit's high-level calls take no cancellation token: on cancellation the request is abandoned, not aborted.</remarks>
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
        RateLimitExceededException or SecondaryRateLimitExceededException or AbuseException => Failure.RateLimit,
        ApiException { StatusCode: (HttpStatusCode)429 } => Failure.RateLimit,
        // A plain 403 is a permission problem, unless it carries GitHub's rate-limit headers.
        ApiException { StatusCode: HttpStatusCode.Forbidden } api when RetryAfter(api) is not null || Header(api, "X-RateLimit-Remaining") == "0" => Failure.RateLimit,
        ApiException { StatusCode: >= HttpStatusCode.InternalServerError } => Failure.Transient,
        HttpRequestException => Failure.Transient,
        // Octokit's own request timeout.
        TaskCanceledException or TimeoutException => Failure.Transient,
        _ => Failure.Other,
    };

    private static TimeSpan RateLimitDelay(Exception ex, int retry)
    {
        if (RetryAfter(ex) is { } after) return after;
        if (ex is ApiException api && Header(api, "X-RateLimit-Remaining") == "0"
            && long.TryParse(Header(api, "X-RateLimit-Reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            var wait = DateTimeOffset.FromUnixTimeSeconds(reset) - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
        }

        if (ex is AbuseException { RetryAfterSeconds: { } seconds }) return TimeSpan.FromSeconds(seconds);
        return SecondaryLimitFallback * Math.Pow(2, retry - 1);
    }

    private static TimeSpan? RetryAfter(Exception ex)
    {
        if (ex is not ApiException api || Header(api, "Retry-After") is not { } value) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(seconds);
        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var wait = at - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static string? Header(ApiException api, string name) =>
        api.HttpResponse?.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private MirrorAceException RateLimitedError(string what, Exception ex, TimeSpan wanted) =>
        new(GitHubErrorCodes.RateLimited,
            $"GitHub's rate limit did not lift while {what}",
            $"GitHub asked to wait {Seconds(wanted)} s more. Re-run the job later; jobs that call the API heavily with the same token share its limits.",
            serverMessage: _redactor.Redact((ex as ApiException)?.ApiError?.Message ?? ex.Message), inner: ex);

    private static string Seconds(TimeSpan delay) => Math.Ceiling(delay.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private static string Describe(Exception ex) => ex is ApiException api
        ? $"HTTP {(int)api.StatusCode}"
        : ex.GetType().Name;
}
