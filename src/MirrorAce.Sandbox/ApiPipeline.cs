using Microsoft.AspNetCore.Connections;

namespace MirrorAce.Sandbox;

/// <summary>What every API request goes through: counting, fault injection, latency, answering, recording.</summary>
internal sealed class ApiPipeline(SandboxState state)
{
    public async Task RunAsync(HttpContext context, Endpoint endpoint, Func<HttpContext, RequestLog, Task<Envelope>> process)
    {
        state.CountRequest(endpoint);
        var log = new RequestLog(context, endpoint);
        var ct = context.RequestAborted;
        try
        {
            var fault = state.Faults.OnArrival(endpoint);
            log.Fault = fault?.Kind;
            if (fault is not null && fault.Kind != FaultKind.LoseAnswerAfterCommit)
            {
                await FaultResponder.RespondAsync(context, fault, log);
                return;
            }

            var answer = await process(context, log);
            log.Outcome = answer.Outcome;
            if (fault is not null)
            {
                log.Outcome = $"fault: {fault.Kind} after {answer.Outcome}";
                context.Abort();
                return;
            }

            if (endpoint is Endpoint.Chunk or Endpoint.Remote && state.Options.ResponseDelay > TimeSpan.Zero)
            {
                await Task.Delay(state.Options.ResponseDelay, ct);
            }

            var rewriter = state.Options.AnswerRewriter;
            await answer.WriteAsync(context.Response, ct, rewriter is null ? null : json => rewriter(endpoint, json));
        }
        catch (Exception ex) when (ex is OperationCanceledException or ConnectionResetException or BadHttpRequestException
            || (ex is IOException && ct.IsCancellationRequested))
        {
            // The client went away or sent a body shorter than its Content-Length: nobody to answer,
            // and an empty 200 from Kestrel would look like an answer.
            log.Outcome = "client went away: " + ex.Message;
            context.Abort();
        }
        finally
        {
            state.Record(log.ToRecord());
        }
    }
}
