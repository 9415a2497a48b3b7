namespace MirrorAce.Sandbox;

/// <summary>Collects what a request carried while it is being handled, then becomes a <see cref="RecordedRequest"/>.</summary>
internal sealed class RequestLog(HttpContext context, Endpoint? endpoint)
{
    private readonly DateTimeOffset _receivedAt = DateTimeOffset.UtcNow;
    private readonly Dictionary<string, string> _headers = context.Request.Headers.ToDictionary(
        h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);

    public List<KeyValuePair<string, string>> Fields { get; } = [];

    public string? FileContentDisposition { get; set; }

    public long? FilePartLength { get; set; }

    public FaultKind? Fault { get; set; }

    public string Outcome { get; set; } = "no answer (connection lost)";

    public RecordedRequest ToRecord() => new()
    {
        ReceivedAt = _receivedAt,
        Method = context.Request.Method,
        Path = context.Request.Path.Value ?? "",
        Endpoint = endpoint,
        Headers = _headers,
        Fields = [.. Fields],
        FileContentDisposition = FileContentDisposition,
        FilePartLength = FilePartLength,
        ContentRange = _headers.GetValueOrDefault("Content-Range"),
        ContentLength = context.Request.ContentLength,
        TransferEncoding = _headers.GetValueOrDefault("Transfer-Encoding"),
        Fault = Fault,
        Outcome = Outcome,
    };
}
