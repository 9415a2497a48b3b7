namespace MirrorAce.Sandbox.GitHub;

/// <summary>
/// The part of GitHub's REST API for releases that writing release notes needs, held in memory: releases and their assets,
/// two tokens, injected faults and a hook that lets a test play another writer. Served by the sandbox's
/// Kestrel under <c>/api/v3/</c> (GitHub Enterprise Server style) and <c>/github/</c> (a plain root).
/// </summary>
public sealed class GitHubSandbox
{
    /// <summary>GitHub's limit on a release body, in characters.</summary>
    public const int MaxBodyLength = 125_000;

    private readonly Lock _sync = new();
    private readonly Dictionary<long, StoredRelease> _releases = [];
    private readonly Queue<(GitHubFault Fault, int RetryAfterSeconds)> _faults = new();
    private readonly List<GitHubRequest> _requests = [];
    private readonly Queue<Action<long>> _afterPatch = new();
    private long _nextId = 170_000_000;
    private long _nextAssetId = 250_000_000;
    private int _patchCount;
    private int _createdCount;
    private int _deletedCount;
    private int _faultsFired;
    private PatchHold? _hold;
    private PatchHold? _createHold;

    /// <summary>A token with <c>contents: write</c>: it reads drafts and edits releases. A test of secret handling sets its own.</summary>
    public string WriteToken { get; set; } = "ghs_sandboxContentsWrite0000000000000";

    /// <summary>A token with <c>contents: read</c>: it sees published releases only, and PATCH gets 403 "Resource not accessible by integration".</summary>
    public string ReadOnlyToken { get; } = "ghs_sandboxContentsRead00000000000000";

    /// <summary>
    /// Makes the fake GitHub hostile for tests: rewrites the JSON text of each error answer (status, text) before it is
    /// sent, e.g. to echo the token in some encoding, as a misbehaving server or proxy might.
    /// </summary>
    public Func<int, string, string>? ErrorAnswerRewriter { get; set; }

    /// <summary>PATCH requests that reached the API, refused and faulted ones included.</summary>
    public int PatchCount => Volatile.Read(ref _patchCount);

    /// <summary>Releases created through <c>POST …/releases</c> (not <see cref="AddRelease"/>), deleted ones included.</summary>
    public int CreatedCount => Volatile.Read(ref _createdCount);

    /// <summary>Releases deleted through <c>DELETE …/releases/{id}</c>.</summary>
    public int DeletedCount => Volatile.Read(ref _deletedCount);

    /// <summary>Injected faults that answered a request.</summary>
    public int FaultsFired => Volatile.Read(ref _faultsFired);

    /// <summary>Every request to the GitHub API, in the order they were answered.</summary>
    public IReadOnlyList<GitHubRequest> Requests
    {
        get
        {
            lock (_sync)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Creates a release in <paramref name="repository"/> (<c>owner/name</c>) and returns its id; later releases list first, as on GitHub.</summary>
    public long AddRelease(string repository, string tag, string? body, bool draft = false, bool prerelease = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(repository);
        ArgumentException.ThrowIfNullOrEmpty(tag);
        var slash = repository.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == repository.Length - 1) throw new ArgumentException("A repository is owner/name.", nameof(repository));
        lock (_sync)
        {
            var id = ++_nextId;
            _releases[id] = new StoredRelease(id, repository[..slash], repository[(slash + 1)..], tag, DateTimeOffset.UtcNow)
            {
                Name = tag,
                Body = body,
                Draft = draft,
                Prerelease = prerelease,
            };
            return id;
        }
    }

    /// <summary>
    /// Attaches a file to the release and returns its id. <paramref name="url"/> becomes the asset's
    /// <c>browser_download_url</c> as given, so a test can point it at something the MirrorAce sandbox can fetch.
    /// </summary>
    public long AddAsset(long releaseId, string name, string url, long size)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        lock (_sync)
        {
            var release = Find(releaseId);
            var asset = new SandboxAsset(++_nextAssetId, releaseId, name, size, url);
            release.Assets.Add(asset);
            return asset.Id;
        }
    }

    /// <summary>The release's notes now; null when it has none.</summary>
    public string? ReleaseBody(long id)
    {
        lock (_sync)
        {
            return Find(id).Body;
        }
    }

    /// <summary>Replaces the release's notes directly, as another writer (a person, another job) would.</summary>
    public void SetReleaseBody(long id, string? body)
    {
        lock (_sync)
        {
            Find(id).Body = body;
        }
    }

    /// <summary>A snapshot of the release.</summary>
    public SandboxRelease Release(long id)
    {
        lock (_sync)
        {
            return Find(id).Snapshot();
        }
    }

    /// <summary>The next <paramref name="times"/> requests (any method) get <paramref name="fault"/> instead of an answer.</summary>
    public void FailNext(GitHubFault fault, int times = 1, int retryAfterSeconds = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(retryAfterSeconds);
        lock (_sync)
        {
            for (var i = 0; i < times; i++) _faults.Enqueue((fault, retryAfterSeconds));
        }
    }

    /// <summary>Runs <paramref name="edit"/> (given the release id) once, right after the next PATCH was applied and before it is answered: a writer that read earlier overwrites the client's write.</summary>
    public void AfterNextPatch(Action<long> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        lock (_sync)
        {
            _afterPatch.Enqueue(edit);
        }
    }

    /// <summary>
    /// Holds the next <paramref name="count"/> PATCH requests until all of them have arrived (or <paramref name="timeout"/>,
    /// default 30 s, has passed), then applies them: writers that read the same body all write over each other.
    /// </summary>
    public void HoldPatches(int count, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_sync)
        {
            _hold = new PatchHold(count, timeout ?? TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>
    /// Holds the next <paramref name="count"/> release creations (POST) until all of them have arrived (or <paramref name="timeout"/>,
    /// default 30 s, has passed): matrix jobs that all found no release create theirs at the same moment.
    /// </summary>
    public void HoldCreates(int count, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_sync)
        {
            _createHold = new PatchHold(count, timeout ?? TimeSpan.FromSeconds(30));
        }
    }

    internal Task WaitAtCreateHoldAsync(CancellationToken ct)
    {
        PatchHold hold;
        lock (_sync)
        {
            if (_createHold is null) return Task.CompletedTask;
            hold = _createHold;
            if (++hold.Arrived >= hold.Count)
            {
                _createHold = null;
                hold.Released.TrySetResult();
            }
        }

        return WaitForAsync(hold, ct);
    }

    internal (GitHubFault Fault, int RetryAfterSeconds)? TakeFault()
    {
        lock (_sync)
        {
            if (!_faults.TryDequeue(out var fault)) return null;
            _faultsFired++;
            return fault;
        }
    }

    internal void CountPatch() => Interlocked.Increment(ref _patchCount);

    internal void Record(GitHubRequest request)
    {
        lock (_sync)
        {
            _requests.Add(request);
        }
    }

    internal Task WaitAtPatchHoldAsync(CancellationToken ct)
    {
        PatchHold hold;
        lock (_sync)
        {
            if (_hold is null) return Task.CompletedTask;
            hold = _hold;
            if (++hold.Arrived >= hold.Count)
            {
                _hold = null;
                hold.Released.TrySetResult();
            }
        }

        return WaitForAsync(hold, ct);
    }

    private static async Task WaitForAsync(PatchHold hold, CancellationToken ct)
    {
        try
        {
            await hold.Released.Task.WaitAsync(hold.Timeout, ct);
        }
        catch (TimeoutException)
        {
            // A writer that never came must not hang the test: the held requests go ahead.
        }
    }

    internal Action<long>? TakeAfterPatch()
    {
        lock (_sync)
        {
            return _afterPatch.TryDequeue(out var edit) ? edit : null;
        }
    }

    /// <summary>The repository's releases this token can see, newest first.</summary>
    internal List<SandboxRelease> List(string owner, string repo, bool canPush)
    {
        lock (_sync)
        {
            return _releases.Values
                .Where(r => r.IsIn(owner, repo) && (canPush || !r.Draft))
                .OrderByDescending(r => r.Id)
                .Select(r => r.Snapshot())
                .ToList();
        }
    }

    internal SandboxRelease? Get(string owner, string repo, long id, bool canPush)
    {
        lock (_sync)
        {
            return _releases.TryGetValue(id, out var r) && r.IsIn(owner, repo) && (canPush || !r.Draft) ? r.Snapshot() : null;
        }
    }

    /// <summary>The release's assets in the order they were added; null when the token may not see the release.</summary>
    internal List<SandboxAsset>? Assets(string owner, string repo, long id, bool canPush)
    {
        lock (_sync)
        {
            return _releases.TryGetValue(id, out var r) && r.IsIn(owner, repo) && (canPush || !r.Draft) ? [.. r.Assets] : null;
        }
    }

    /// <summary>The published release with this tag: like GitHub, the by-tag lookup never returns a draft.</summary>
    internal SandboxRelease? GetByTag(string owner, string repo, string tag)
    {
        lock (_sync)
        {
            return _releases.Values.Where(r => r.IsIn(owner, repo) && !r.Draft && r.Tag == tag).Select(r => r.Snapshot()).FirstOrDefault();
        }
    }

    /// <summary>The repository's releases with this tag, drafts included, oldest first.</summary>
    public IReadOnlyList<SandboxRelease> ReleasesWithTag(string repository, string tag)
    {
        var slash = repository.IndexOf('/', StringComparison.Ordinal);
        lock (_sync)
        {
            return [.. _releases.Values.Where(r => r.IsIn(repository[..slash], repository[(slash + 1)..]) && r.Tag == tag).OrderBy(r => r.Id).Select(r => r.Snapshot())];
        }
    }

    /// <summary>
    /// Creates a release as <c>POST …/releases</c> does: null when a published release already has the tag (GitHub's 422
    /// <c>already_exists</c>); a draft may share its tag with anything, so racing drafts all get created.
    /// </summary>
    internal SandboxRelease? Create(string owner, string repo, ReleaseEdit fields, string? targetCommitish)
    {
        lock (_sync)
        {
            var tag = fields.Tag!;
            var draft = fields.Draft ?? false;
            if (!draft && _releases.Values.Any(r => r.IsIn(owner, repo) && !r.Draft && r.Tag == tag)) return null;
            var id = ++_nextId;
            var release = new StoredRelease(id, owner, repo, tag, DateTimeOffset.UtcNow)
            {
                Name = fields.Name ?? tag,
                Body = fields.Body,
                Draft = draft,
                Prerelease = fields.Prerelease ?? false,
                TargetCommitish = targetCommitish ?? "main",
            };
            _releases[id] = release;
            _createdCount++;
            return release.Snapshot();
        }
    }

    /// <summary>Deletes the release; false when there is none with that id in the repository.</summary>
    internal bool Delete(string owner, string repo, long id)
    {
        lock (_sync)
        {
            if (!_releases.TryGetValue(id, out var r) || !r.IsIn(owner, repo)) return false;
            _releases.Remove(id);
            _deletedCount++;
            return true;
        }
    }

    internal SandboxRelease? Update(string owner, string repo, long id, ReleaseEdit edit)
    {
        lock (_sync)
        {
            if (!_releases.TryGetValue(id, out var r) || !r.IsIn(owner, repo)) return null;
            if (edit.HasBody) r.Body = edit.Body;
            if (edit.Name is not null) r.Name = edit.Name;
            if (edit.Tag is not null) r.Tag = edit.Tag;
            if (edit.Draft is { } draft) r.Draft = draft;
            if (edit.Prerelease is { } prerelease) r.Prerelease = prerelease;
            return r.Snapshot();
        }
    }

    internal List<SandboxAsset> AssetsOf(long id)
    {
        lock (_sync)
        {
            return [.. Find(id).Assets];
        }
    }

    internal DateTimeOffset CreatedAt(long id)
    {
        lock (_sync)
        {
            return Find(id).CreatedAt;
        }
    }

    private StoredRelease Find(long id) =>
        _releases.TryGetValue(id, out var release) ? release : throw new KeyNotFoundException($"No release {id} in the sandbox.");

    /// <summary>The fields of a PATCH; a missing field leaves the release's value alone.</summary>
    internal sealed record ReleaseEdit(bool HasBody, string? Body, string? Name, string? Tag, bool? Draft, bool? Prerelease);

    private sealed class PatchHold(int count, TimeSpan timeout)
    {
        public int Count { get; } = count;

        public TimeSpan Timeout { get; } = timeout;

        public int Arrived { get; set; }

        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class StoredRelease(long id, string owner, string repo, string tag, DateTimeOffset createdAt)
    {
        public long Id { get; } = id;

        public string Owner { get; } = owner;

        public string Repo { get; } = repo;

        public string Tag { get; set; } = tag;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public string Name { get; set; } = tag;

        public string? Body { get; set; }

        public bool Draft { get; set; }

        public bool Prerelease { get; set; }

        public string TargetCommitish { get; set; } = "main";

        public List<SandboxAsset> Assets { get; } = [];

        // GitHub matches owner and repository names without regard to case.
        public bool IsIn(string owner, string repo) =>
            string.Equals(Owner, owner, StringComparison.OrdinalIgnoreCase) && string.Equals(Repo, repo, StringComparison.OrdinalIgnoreCase);

        public SandboxRelease Snapshot() => new(Id, Owner + "/" + Repo, Tag, Name, Body, Draft, Prerelease, TargetCommitish);
    }
}
