using System.Text.Json;
using MirrorAce.Upload;
using Polly;
using Polly.Retry;

namespace MirrorAce.Http;

/// <summary>
/// The retry rules of the protocol notes, as Polly pipelines: exponential backoff with jitter,
/// <c>Retry-After</c> honoured. Idempotent calls retry any transient failure; a chunk or a remote
/// upload is sent again only when the server surely did not process it.
/// </summary>
internal sealed class RequestRetrier
{
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromMinutes(5);
    private static readonly ResiliencePropertyKey<string?> PathKey = new("mirrorace.path");
    private static readonly ResiliencePropertyKey<UploadStep> StepKey = new("mirrorace.step");

    private readonly ResiliencePipeline _idempotent;
    private readonly ResiliencePipeline _notProcessed;
    private readonly ResiliencePipeline _chunk;

    public RequestRetrier(RetrySettings settings, IUploadListener? listener)
    {
        _idempotent = Build(settings, listener, settings.MaxRetries, e => e is RequestFailedException);
        _notProcessed = Build(settings, listener, settings.MaxRetries, e => e is RequestFailedException { Fate: RequestFate.NotProcessed });
        // A chunk refused with status:error was not processed: send it once more before the uploader restarts the file.
        var refusedOnce = Build(settings, listener, 1, e => e is MirrorAceException { Code: ErrorCodes.ServerRefused });
        _chunk = new ResiliencePipelineBuilder().AddPipeline(refusedOnce).AddPipeline(_notProcessed).Build();
    }

    public Task<JsonElement> IdempotentAsync(string? path, UploadStep step, Func<CancellationToken, Task<JsonElement>> send, CancellationToken ct) =>
        RunAsync(_idempotent, path, step, send, ct);

    public Task<JsonElement> NotProcessedAsync(string? path, UploadStep step, Func<CancellationToken, Task<JsonElement>> send, CancellationToken ct) =>
        RunAsync(_notProcessed, path, step, send, ct);

    public Task<JsonElement> ChunkAsync(string path, Func<CancellationToken, Task<JsonElement>> send, CancellationToken ct) =>
        RunAsync(_chunk, path, UploadStep.UploadChunk, send, ct);

    private static async Task<JsonElement> RunAsync(ResiliencePipeline pipeline, string? path, UploadStep step,
        Func<CancellationToken, Task<JsonElement>> send, CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(PathKey, path);
        context.Properties.Set(StepKey, step);
        try
        {
            return await pipeline.ExecuteAsync(static async (ctx, send) => await send(ctx.CancellationToken), context, send);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static ResiliencePipeline Build(RetrySettings settings, IUploadListener? listener, int attempts, Func<Exception, bool> handles)
    {
        if (attempts <= 0) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(handles),
            MaxRetryAttempts = attempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = settings.BaseDelay,
            MaxDelay = settings.MaxDelay,
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Exception is RequestFailedException { RetryAfter: { } after }
                    ? (TimeSpan?)(after < LongestRetryAfter ? after : LongestRetryAfter)
                    : null),
            OnRetry = args =>
            {
                if (listener is not null)
                {
                    var path = args.Context.Properties.GetValue(PathKey, null);
                    var step = args.Context.Properties.GetValue(StepKey, UploadStep.UploadChunk);
                    var reason = args.Outcome.Exception switch
                    {
                        RequestFailedException f => f.Error.Problem,
                        MirrorAceException m => m.ServerMessage ?? m.Problem,
                        { } other => other.Message,
                        null => "unknown",
                    };
                    listener.OnNotice(new UploadNotice(NoticeKind.Retry, path,
                        $"{MirrorAceException.StepName(step)}: retrying in {args.RetryDelay.TotalSeconds:0.0} s (retry {args.AttemptNumber + 1} of {attempts}): {reason}"));
                }
                return default;
            },
        }).Build();
    }
}
