namespace MirrorAce;

/// <summary>How hard to try before a file is reported failed.</summary>
public sealed record RetrySettings
{
    /// <summary>The longest stall timeout a door accepts: a day.</summary>
    public static readonly TimeSpan LongestStallTimeout = TimeSpan.FromDays(1);
    /// <summary>The longest deadline a door accepts: about 23 days.</summary>
    public static readonly TimeSpan LongestDeadline = TimeSpan.FromSeconds(2_000_000);

    /// <summary>Retries of one request that the server surely did not process (refused, reset, 429, 503).</summary>
    public int MaxRetries { get; init; } = 5;
    /// <summary>The first backoff; later ones grow exponentially with full jitter. <c>Retry-After</c> wins when sent.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>The longest backoff between two attempts (a server's <c>Retry-After</c> is honoured up to 5 minutes).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>How many times one file may be restarted from byte 0 with fresh upload variables.</summary>
    public int MaxRestarts { get; init; } = 3;
    /// <summary>A request that sends no byte for this long is aborted; its fate is then unknown.</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>
    /// How long to wait for an answer once a request's body is sent; <c>null</c> (the default) means <see cref="StallTimeout"/>:
    /// a server that does not answer makes no progress either, and a user's stall limit must bound that wait too.
    /// </summary>
    public TimeSpan? AnswerTimeout { get; init; }
    /// <summary>The answer wait in force: <see cref="AnswerTimeout"/>, else <see cref="StallTimeout"/>.</summary>
    public TimeSpan AnswerWait => AnswerTimeout ?? StallTimeout;
    /// <summary>How long to wait for a remote upload's answer: the server fetches the whole file before it answers.</summary>
    public TimeSpan RemoteAnswerTimeout { get; init; } = TimeSpan.FromHours(1);
    /// <summary>An overall limit for the whole run; <c>null</c> for none.</summary>
    public TimeSpan? Deadline { get; init; }
}
