namespace MirrorAce.Sandbox;

/// <summary>One request as the sandbox saw it, for tests that assert on what a client sent.</summary>
public sealed record RecordedRequest
{
    public required DateTimeOffset ReceivedAt { get; init; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    /// <summary>Null for paths that are not MirrorAce API endpoints (404s, file pages, the GitHub API).</summary>
    public required Endpoint? Endpoint { get; init; }

    /// <summary>A copy of the request headers; repeated headers are joined with ", ".</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>Non-file form fields in arrival order, values as sent (the sandbox credentials are not secrets).</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Fields { get; init; }

    /// <summary>The raw Content-Disposition header of the (first) file part, if any.</summary>
    public string? FileContentDisposition { get; init; }

    /// <summary>Bytes in the (first) file part, if one was read to its end.</summary>
    public long? FilePartLength { get; init; }

    public string? ContentRange { get; init; }

    public long? ContentLength { get; init; }

    public string? TransferEncoding { get; init; }

    /// <summary>The injected fault that handled this request, if any.</summary>
    public FaultKind? Fault { get; init; }

    /// <summary>How the sandbox answered, e.g. "success: continue", "error: Invalid cTracker.", "fault: Html500".</summary>
    public required string Outcome { get; init; }
}
