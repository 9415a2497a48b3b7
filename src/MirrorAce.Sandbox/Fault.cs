namespace MirrorAce.Sandbox;

/// <summary>The API endpoints a fault can target.</summary>
public enum Endpoint
{
    UploadVariables,
    Chunk,
    Remote,
    FileInfo,
}

/// <summary>How an injected fault misbehaves. Unless noted, the request is not processed.</summary>
public enum FaultKind
{
    /// <summary>HTTP 500 with an HTML error page.</summary>
    Html500,

    /// <summary>HTTP 200 with an HTML page, as from a proxy or captive portal.</summary>
    Html200,

    /// <summary>HTTP 200 with bytes that are not JSON.</summary>
    Garbage200,

    /// <summary>HTTP 429 with <c>Retry-After: 1</c>.</summary>
    TooManyRequests,

    /// <summary>HTTP 503 with <c>Retry-After: 1</c>.</summary>
    ServiceUnavailable,

    /// <summary>Reads half of the request body, then aborts the connection.</summary>
    ResetMidBody,

    /// <summary>Processes the request fully (the chunk is appended), then aborts the connection without answering.</summary>
    LoseAnswerAfterCommit,

    /// <summary>Reads half of the request body, then stops reading for <see cref="Fault.Duration"/> (default 30 s) or until the client leaves, then aborts.</summary>
    StallMidBody,

    /// <summary>Reads the whole body, waits <see cref="Fault.Duration"/> (default 30 s) or until the client leaves, then aborts.</summary>
    StallBeforeAnswer,

    /// <summary>HTTP 200 <c>{"status":"error","result":"Injected error"}</c>.</summary>
    StatusError,

    /// <summary>Refuses the request with the same error as an expired upload key.</summary>
    ExpireKey,
}

/// <summary>
/// A fault that fires on the <paramref name="OnRequest"/>-th request to <paramref name="Endpoint"/>
/// counted from when it was added (1-based), and on the <paramref name="Times"/> - 1 requests after it.
/// </summary>
public sealed record Fault(FaultKind Kind, Endpoint Endpoint, int OnRequest = 1, int Times = 1, TimeSpan? Duration = null);

/// <summary>A fault that fired: on which endpoint, which kind, and on which arrival (1-based, since the sandbox started).</summary>
public sealed record FiredFault(Endpoint Endpoint, FaultKind Kind, int Arrival);
