namespace MirrorAce;

/// <summary>
/// A token that fires <see cref="Grace"/> after a stop is asked for. On a cancel, work that is nearly done (an
/// answer to a sent chunk, the release notes for the files that finished) may complete, so a re-run finds it
/// instead of uploading it again; nothing new starts, and the stop still happens within seconds.
/// </summary>
public sealed class GracefulStop : IDisposable
{
    /// <summary>How long finished work may take to be recorded after a cancel: short enough for a runner's stop signal.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource _late = new();
    private readonly CancellationTokenRegistration _registration;

    /// <summary>Starts watching <paramref name="stop"/>; if it has already fired, the grace starts now.</summary>
    public GracefulStop(CancellationToken stop, TimeSpan? grace = null)
    {
        var wait = grace ?? Grace;
        _registration = stop.Register(() =>
        {
            try { _late.CancelAfter(wait); }
            catch (ObjectDisposedException) { }
        });
    }

    /// <summary>Fires the grace period after the stop.</summary>
    public CancellationToken Token => _late.Token;

    /// <inheritdoc />
    public void Dispose()
    {
        _registration.Dispose();
        _late.Dispose();
    }
}
