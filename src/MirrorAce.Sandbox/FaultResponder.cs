namespace MirrorAce.Sandbox;

/// <summary>Acts out an injected fault in place of processing the request.</summary>
internal static class FaultResponder
{
    private static readonly TimeSpan DefaultStall = TimeSpan.FromSeconds(30);

    /// <summary>Handles every kind except <see cref="FaultKind.LoseAnswerAfterCommit"/>, which needs the request processed first.</summary>
    public static async Task RespondAsync(HttpContext context, Fault fault, RequestLog log)
    {
        var ct = context.RequestAborted;
        log.Outcome = "fault: " + fault.Kind;
        switch (fault.Kind)
        {
            case FaultKind.ResetMidBody:
                // Half the declared body, so the client is still sending when the connection dies
                // (for small bodies it may already have sent everything: the kernel buffers them).
                await Streams.ReadSomeAsync(context.Request.Body, Math.Max(1, (context.Request.ContentLength ?? 2 * 65536) / 2), ct);
                context.Abort();
                return;

            case FaultKind.StallBeforeAnswer:
            case FaultKind.StallMidBody:
                if (fault.Kind == FaultKind.StallMidBody)
                {
                    await Streams.ReadSomeAsync(context.Request.Body, Math.Max(1, (context.Request.ContentLength ?? 2 * 65536) / 2), ct);
                }
                else
                {
                    await Streams.DrainAsync(context.Request.Body, ct);
                }

                try
                {
                    await Task.Delay(fault.Duration ?? DefaultStall, ct);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up first, which is what a stall test wants to see.
                }

                context.Abort();
                return;

            case FaultKind.LoseAnswerAfterCommit:
                throw new InvalidOperationException("LoseAnswerAfterCommit is acted out after processing.");
        }

        // The other faults answer; reading the body first lets the client see that answer instead of a reset.
        await Streams.DrainAsync(context.Request.Body, ct);
        var response = context.Response;
        switch (fault.Kind)
        {
            case FaultKind.Html500:
                await HtmlPages.WriteAsync(response, 500, "text/html; charset=UTF-8", HtmlPages.Page("500 Internal Server Error", "The server encountered an internal error."), ct);
                break;
            case FaultKind.Html200:
                await HtmlPages.WriteAsync(response, 200, "text/html; charset=UTF-8", HtmlPages.Page("Network login", "Please sign in to the network to continue browsing."), ct);
                break;
            case FaultKind.Garbage200:
                await HtmlPages.WriteAsync(response, 200, "application/json", "\u0001\u00ffnot json {\"status\":", ct);
                break;
            case FaultKind.TooManyRequests:
                response.Headers.RetryAfter = "1";
                await HtmlPages.WriteAsync(response, 429, "text/html; charset=UTF-8", HtmlPages.Page("429 Too Many Requests", "Slow down."), ct);
                break;
            case FaultKind.ServiceUnavailable:
                response.Headers.RetryAfter = "1";
                await HtmlPages.WriteAsync(response, 503, "text/html; charset=UTF-8", HtmlPages.Page("503 Service Unavailable", "Try again shortly."), ct);
                break;
            case FaultKind.StatusError:
                await Envelope.Error("Injected error").WriteAsync(response, ct);
                break;
            case FaultKind.ExpireKey:
                await Envelope.Error(RequestChecks.ExpiredKey).WriteAsync(response, ct);
                break;
            default:
                throw new InvalidOperationException($"Unhandled fault kind {fault.Kind}.");
        }
    }
}
