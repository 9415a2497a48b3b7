namespace MirrorAce.Http;

/// <summary>Whether the server can have acted on a request that failed.</summary>
internal enum RequestFate
{
    /// <summary>Surely not processed (refused, reset while sending, 429, 503): safe to send again as it was.</summary>
    NotProcessed,
    /// <summary>Perhaps processed (lost after the body was sent, 5xx, a stall): sending a chunk again may corrupt the file.</summary>
    Unknown,
}

/// <summary>A transient failure of one request; <see cref="Error"/> is what the user sees if retries run out.</summary>
internal sealed class RequestFailedException(RequestFate fate, MirrorAceException error, TimeSpan? retryAfter = null)
    : Exception(error.Message, error.InnerException)
{
    public RequestFate Fate { get; } = fate;
    public MirrorAceException Error { get; } = error;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
