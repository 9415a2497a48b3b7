namespace MirrorAce.GitHub;

/// <summary>How hard <see cref="ReleaseNotesPublisher"/> tries; the defaults suit GitHub.com and GitHub Enterprise.</summary>
public sealed record ReleaseNotesOptions
{
    /// <summary>The defaults.</summary>
    public static ReleaseNotesOptions Default { get; } = new();

    /// <summary>How many times the notes are written before giving up because other writers keep overwriting our rows.</summary>
    public int MaxWrites { get; init; } = 5;

    /// <summary>The shortest wait between writing and reading back; each wait is drawn at random up to <see cref="MaxSettleDelay"/>.</summary>
    /// <remarks>Jobs of a matrix finish together; random waits make them stop colliding, and the read-back
    /// must come late enough to see a concurrent writer's PATCH that would have removed our rows.</remarks>
    public TimeSpan MinSettleDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest wait between writing and reading back.</summary>
    public TimeSpan MaxSettleDelay { get; init; } = TimeSpan.FromMilliseconds(1000);

    /// <summary>How many times one request is retried after a rate-limit answer (403 or 429).</summary>
    public int MaxRateLimitRetries { get; init; } = 3;

    /// <summary>The longest single wait a rate limit may impose; when GitHub asks for longer, the publisher fails with <see cref="ErrorCodes.RateLimited"/> at once.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times one request is retried after a network failure or a 5xx answer.</summary>
    public int MaxTransientRetries { get; init; } = 3;

    /// <summary>The first wait after a network failure or 5xx; it doubles on each retry.</summary>
    public TimeSpan TransientDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>When set, a tag no release has is not an error: the release is created with the links section as its notes.</summary>
    /// <remarks>Only a release named by tag can be created; a release event's release exists already.</remarks>
    public ReleaseCreation? CreateRelease { get; init; }

    /// <summary>How to talk to GitHub: Octokit (the default, except under Native AOT) or a reflection-free <see cref="HttpClient"/>; both behave the same.</summary>
    public GitHubTransport Transport { get; init; } = GitHubTransport.Automatic;

    /// <summary>Told about each wait (rate limit, retry, lost race), in one line fit for a CI log; null to stay quiet.</summary>
    public Action<string>? OnNotice { get; init; }
}
