using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MirrorAce.Sandbox;

/// <summary>Everything the endpoints share: options, issued trackers, stored files, counters and the request log.</summary>
internal sealed class SandboxState(SandboxOptions options, string storageDirectory) : IDisposable
{
    private readonly ConcurrentDictionary<string, ChunkTracker> _trackersById = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ChunkTracker> _trackersByKey = new(StringComparer.Ordinal);
    private readonly int[] _requestCounts = new int[Enum.GetValues<Endpoint>().Length];
    private readonly Lock _requestsSync = new();
    private readonly List<RecordedRequest> _requests = [];
    private int _completed;

    public SandboxOptions Options { get; } = options;

    public string StorageDirectory { get; } = storageDirectory;

    public FileStore Files { get; } = new(storageDirectory);

    public FaultPlan Faults { get; } = new();

    /// <summary>Fetches remote-upload URLs. No proxy: tests serve files from loopback.</summary>
    public HttpClient RemoteClient { get; } = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = true })
    {
        Timeout = TimeSpan.FromMinutes(10),
    };

    /// <summary><c>http://127.0.0.1:PORT</c>, known once Kestrel has bound.</summary>
    public string Server { get; set; } = "";

    public string ServerFile => Server + "/m1/api/v1/upload";

    public string ServerRemote => Server + "/m1/api/v1/upload/remote";

    public int CompletedCount => Volatile.Read(ref _completed);

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requestsSync)
            {
                return [.. _requests];
            }
        }
    }

    public string FileUrl(string slug) => $"{Server}/m/{slug}";

    public string PartPath(ChunkTracker tracker) => Path.Combine(StorageDirectory, tracker.Id + ".part");

    public int RequestCount(Endpoint endpoint) => Volatile.Read(ref _requestCounts[(int)endpoint]);

    public void CountRequest(Endpoint endpoint) => Interlocked.Increment(ref _requestCounts[(int)endpoint]);

    public void Record(RecordedRequest request)
    {
        lock (_requestsSync)
        {
            _requests.Add(request);
        }
    }

    public ChunkTracker Issue()
    {
        var tracker = new ChunkTracker(NewHex(), NewHex(), DateTime.UtcNow + Options.UploadKeyLifetime);
        _trackersById[tracker.Id] = tracker;
        _trackersByKey[tracker.UploadKey] = tracker;
        return tracker;
    }

    public ChunkTracker? FindByUploadKey(string key) => _trackersByKey.GetValueOrDefault(key);

    public StoredFile Complete(ChunkTracker tracker, string? partPath)
    {
        var file = Files.Complete(tracker.Name, tracker.Total, Convert.ToHexStringLower(tracker.Hash.GetCurrentHash()), partPath, tracker.Mirrors, tracker.Password);
        if (Options.NewFileStatus != "active")
        {
            Files.SetStatus(file.Slug, Options.NewFileStatus);
            file = file with { Status = Options.NewFileStatus };
        }

        tracker.Finished = true;
        Interlocked.Increment(ref _completed);
        return file;
    }

    public void ExpireUploadKeys()
    {
        var now = DateTime.UtcNow;
        foreach (var tracker in _trackersById.Values)
        {
            tracker.ExpireIfNotStarted(now);
        }
    }

    public void Dispose()
    {
        RemoteClient.Dispose();
        foreach (var tracker in _trackersById.Values)
        {
            tracker.Dispose();
        }
    }

    private static string NewHex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
