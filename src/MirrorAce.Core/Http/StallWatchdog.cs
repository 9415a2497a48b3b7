using MirrorAce.Api;

namespace MirrorAce.Http;

/// <summary>
/// Aborts a chunk request that makes no progress: no byte sent for <see cref="RetrySettings.StallTimeout"/>
/// while sending, or no answer for <see cref="RetrySettings.AnswerWait"/> once the body is out.
/// A fixed timeout per request would be wrong for a 100 MB chunk on a slow link.
/// </summary>
internal sealed class StallWatchdog : IDisposable
{
    private readonly ChunkContent _content;
    private readonly RetrySettings _settings;
    private readonly CancellationTokenSource _abort;
    private readonly Timer _timer;

    private StallWatchdog(ChunkContent content, RetrySettings settings, CancellationTokenSource abort)
    {
        _content = content;
        _settings = settings;
        _abort = abort;
        var period = TimeSpan.FromMilliseconds(Math.Clamp(settings.StallTimeout.TotalMilliseconds / 4, 50, 1000));
        _timer = new Timer(_ => Check(), null, period, period);
    }

    /// <summary>Why the request was aborted, or null while it was not.</summary>
    public string? Fired { get; private set; }

    public static StallWatchdog Start(ChunkContent content, RetrySettings settings, CancellationTokenSource abort) => new(content, settings, abort);

    private void Check()
    {
        if (Fired is not null) return;
        var idle = TimeSpan.FromMilliseconds(Environment.TickCount64 - _content.LastActivity);
        var limit = _content.BodySent ? _settings.AnswerWait : _settings.StallTimeout;
        if (idle <= limit) return;
        Fired = _content.BodySent
            ? $"no answer within {limit.TotalSeconds:0.#} s after the chunk was sent"
            : $"the transfer stalled (no progress for {limit.TotalSeconds:0.#} s)";
        try { _abort.Cancel(); } catch (ObjectDisposedException) { }
    }

    public void Dispose() => _timer.Dispose();
}
