using System.Security.Cryptography;

namespace MirrorAce.Sandbox;

/// <summary>
/// One cTracker and the upload key issued with it: the state of one file's chunk stream.
/// Everything below <see cref="Gate"/> may only be touched while holding it.
/// </summary>
internal sealed class ChunkTracker(string id, string uploadKey, DateTime expiresAtUtc) : IDisposable
{
    private long _expiresAtTicks = expiresAtUtc.Ticks;
    private volatile bool _started;

    public string Id { get; } = id;

    public string UploadKey { get; } = uploadKey;

    public DateTime ExpiresAtUtc => new(Interlocked.Read(ref _expiresAtTicks), DateTimeKind.Utc);

    /// <summary>Serialises the requests of one tracker: chunks of one file are appended one at a time.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>True once a first chunk (or a remote fetch) was accepted; from then on the key cannot expire.</summary>
    public bool Started
    {
        get => _started;
        set => _started = value;
    }

    /// <summary>A finished tracker is dead: it refuses every further request.</summary>
    public bool Finished { get; set; }

    public long Received { get; set; }

    public long Total { get; set; }

    public string Name { get; set; } = "";

    public IReadOnlyList<string> Mirrors { get; set; } = [];

    public string? Password { get; set; }

    /// <summary>SHA-256 of the bytes received so far.</summary>
    public IncrementalHash Hash { get; set; } = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public bool IsExpired(DateTime nowUtc) => !Started && nowUtc >= ExpiresAtUtc;

    public void ExpireIfNotStarted(DateTime nowUtc)
    {
        if (!Started)
        {
            Interlocked.Exchange(ref _expiresAtTicks, nowUtc.AddSeconds(-1).Ticks);
        }
    }

    public void Dispose()
    {
        Hash.Dispose();
        Gate.Dispose();
    }
}
