using System.Text.Json;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Publishing;

/// <summary>
/// What earlier runs uploaded, kept in a JSON file (per user, and a build's obj/ folder too), so a re-run sends nothing
/// twice: MirrorAce has no delete call. Entries are keyed by API root, SHA-256 and size, and remember the file's stamp
/// (real path, size, write time) so an unchanged file is not read again to be matched. An entry alone proves nothing:
/// the run reuses it only once <c>file/info</c> says MirrorAce still holds it (<see cref="LinkHealth"/>).
/// </summary>
public sealed class UploadCache
{
    private const int FormatVersion = 2;
    // Enough for every artifact of many releases; the oldest entries go first, costing at most an upload.
    private const int MostEntries = 2000;

    private readonly List<CacheEntry> _entries;
    // What this run remembered: only these are merged into the file, so another run's newer entries are never undone.
    private readonly List<CacheEntry> _remembered = [];

    private UploadCache(List<CacheEntry> entries) => _entries = entries;

    /// <summary>
    /// The per-user cache file: <c>$XDG_CACHE_HOME/mirrorace/uploads.json</c>, else <c>~/.cache/mirrorace/uploads.json</c>;
    /// <c>%LOCALAPPDATA%\mirrorace\uploads.json</c> on Windows. Null when none of those folders is known.
    /// </summary>
    public static string? UserFile(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? root;
        if (OperatingSystem.IsWindows()) root = environment("LOCALAPPDATA");
        else if (environment("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)) root = xdg;
        else root = environment("HOME") is { Length: > 0 } home ? Path.Combine(home, ".cache") : null;
        return string.IsNullOrEmpty(root) ? null : Path.Combine(root, "mirrorace", "uploads.json");
    }

    /// <summary>Reads a cache; a missing, unreadable or foreign file is an empty cache (it costs an upload, never a wrong link).</summary>
    public static UploadCache Load(string path, Action<string> onProblem)
    {
        ArgumentNullException.ThrowIfNull(onProblem);
        if (!File.Exists(path)) return new UploadCache([]);
        try
        {
            var file = JsonSerializer.Deserialize(File.ReadAllText(path), CacheJsonContext.Default.CacheFile);
            // Version 1 (the build task's first cache) has the same fields and one more, which is ignored.
            if (file is null || file.Version is not (1 or FormatVersion))
            {
                onProblem($"the upload cache {path} has another format; starting a new one");
                return new UploadCache([]);
            }
            // A cache is a file anyone may edit: an entry no trustworthy answer could have produced is never reused.
            return new UploadCache(file.Entries?.Where(e => e is { IsComplete: true } && e.Uploads().All(LinksJson.IsPublishable)).ToList() ?? []);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            onProblem($"the upload cache {path} could not be read ({e.Message}); starting a new one");
            return new UploadCache([]);
        }
    }

    /// <summary>The uploads this cache knows on <paramref name="api"/>, as reuse candidates (a split file's parts one by one).</summary>
    public IReadOnlyList<UploadedFile> Candidates(Uri api) =>
        _entries.Where(e => e.ApiUrl == api.AbsoluteUri).SelectMany(e => e.Uploads()).ToList();

    /// <summary>The SHA-256s it remembers by file stamp, so unchanged files are not read again to be matched.</summary>
    public IReadOnlyList<KnownHash> KnownHashes() =>
        _entries.Where(e => e.Path is { Length: > 0 } && e.LastWriteUtc != default)
            .Select(e => new KnownHash(e.Path!, e.Size, e.LastWriteUtc, e.Sha256!)).ToList();

    /// <summary>Remembers <paramref name="uploads"/> (one file, or the parts of one) on <paramref name="api"/>.</summary>
    /// <param name="api">The API root they were uploaded to.</param>
    /// <param name="stamp">The file's real path, size and write time when it was read; null when it changed while it was sent.</param>
    /// <param name="uploads">What MirrorAce holds for it.</param>
    public void Remember(Uri api, KnownHash? stamp, IReadOnlyList<UploadedFile> uploads)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(uploads);
        if (uploads.Count == 0) return;
        var entry = CacheEntry.For(api.AbsoluteUri, stamp, uploads);
        _entries.RemoveAll(e => e.SameUpload(entry));
        _entries.Add(entry);
        _remembered.RemoveAll(e => e.SameUpload(entry));
        _remembered.Add(entry);
    }

    /// <summary>
    /// Writes what this run remembered into the cache as it is now (other runs' entries stay, this run's come last), beside
    /// the file and moved into place under a lock file: a run stopped mid-write leaves the old cache, not half a file, and two
    /// runs saving at once both keep their entries.
    /// </summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        if (_remembered.Count == 0) return;
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var gate = await LockAsync(full + ".lock", cancellationToken);
        var merged = Load(full, _ => { })._entries;
        foreach (var entry in _remembered)
        {
            merged.RemoveAll(e => e.SameUpload(entry));
            merged.Add(entry);
        }
        var file = new CacheFile { Version = FormatVersion, Entries = merged.TakeLast(MostEntries).ToList() };
        var temporary = $"{full}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(file, CacheJsonContext.Default.CacheFile), cancellationToken);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    // An exclusive handle on a lock file beside the cache, waited for up to 5 s; after that the save goes on without it
    // (a lost entry costs an upload, a stuck run costs a release).
    private static async Task<IDisposable?> LockAsync(string path, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try { return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
            catch (IOException) { await Task.Delay(100, ct); }
        }
        return null;
    }
}
