using System.Text.Json;
using System.Text.Json.Serialization;
using MirrorAce.Upload;
using MirrorAce.Output;

namespace MirrorAce.BuildTasks;

/// <summary>
/// What earlier builds uploaded, kept in a JSON file under obj/, so an unchanged file is not sent
/// again. An entry alone proves nothing (the file may have been removed from MirrorAce since):
/// callers confirm it with <c>file/info</c> before trusting it.
/// </summary>
internal sealed class UploadCache
{
    private const int FormatVersion = 1;

    private readonly List<CacheEntry> _entries;

    private UploadCache(List<CacheEntry> entries) => _entries = entries;

    public static UploadCache Empty() => new([]);

    /// <summary>Reads the cache; a missing, unreadable or foreign file is an empty cache (it only costs an upload).</summary>
    public static UploadCache Load(string path, Action<string> onProblem)
    {
        ArgumentNullException.ThrowIfNull(onProblem);
        if (!File.Exists(path)) return Empty();
        try
        {
            var file = JsonSerializer.Deserialize(File.ReadAllText(path), CacheJsonContext.Default.CacheFile);
            if (file is null || file.Version != FormatVersion)
            {
                onProblem($"the upload cache {path} has another format; starting a new one");
                return Empty();
            }
            // The cache is a file anyone may edit: an entry no trustworthy answer could have produced is never reused.
            return new UploadCache(file.Entries?.Where(e => e.IsComplete && e.Uploads(e.Path!).All(LinksJson.IsPublishable)).ToList() ?? []);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            onProblem($"the upload cache {path} could not be read ({e.Message}); starting a new one");
            return Empty();
        }
    }

    public IReadOnlyList<CacheEntry> Entries => _entries;

    /// <summary>The entry for this file, API and requested mirrors, if any.</summary>
    public CacheEntry? Find(string apiUrl, string fullPath, string mirrorsKey) =>
        _entries.LastOrDefault(e => e.Matches(apiUrl, fullPath, mirrorsKey));

    /// <summary>Adds <paramref name="entry"/>, replacing the one for the same file, API and mirrors.</summary>
    public void Remember(CacheEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.RemoveAll(e => e.Matches(entry.ApiUrl!, entry.Path!, entry.RequestedMirrors!));
        _entries.Add(entry);
    }

    /// <summary>Writes the cache whole; entries of files that no longer exist are dropped.</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var file = new CacheFile { Version = FormatVersion, Entries = _entries.Where(e => File.Exists(e.Path)).ToList() };
        // Written beside and moved into place: a build cancelled mid-write leaves the old cache, not half a file.
        var temporary = full + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(file, CacheJsonContext.Default.CacheFile), cancellationToken);
        File.Move(temporary, full, overwrite: true);
    }
}

/// <summary>One earlier upload: which local file (and its state then) became which MirrorAce file.</summary>
internal sealed class CacheEntry
{
    [JsonPropertyName("apiUrl")] public string? ApiUrl { get; set; }
    [JsonPropertyName("path")] public string? Path { get; set; }
    /// <summary>The mirrors asked for, normalised; the account's defaults are "".</summary>
    [JsonPropertyName("requestedMirrors")] public string? RequestedMirrors { get; set; }
    [JsonPropertyName("size")] public long Size { get; set; }
    [JsonPropertyName("lastWriteUtc")] public DateTime LastWriteUtc { get; set; }
    [JsonPropertyName("sha256")] public string? Sha256 { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("slug")] public string? Slug { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("mirrors")] public List<string>? Mirrors { get; set; }
    /// <summary>
    /// The numbered parts, when the file was split; <see cref="Name"/> and <see cref="Sha256"/> are then the whole
    /// file's, and <see cref="Slug"/>/<see cref="Url"/> the first part's. An older task that knows nothing of parts
    /// thus checks the first part's slug against the whole file's size, finds them different, and uploads again:
    /// never a wrong link.
    /// </summary>
    [JsonPropertyName("parts")] public List<CachedPart>? Parts { get; set; }

    [JsonIgnore]
    public bool IsComplete =>
        !string.IsNullOrEmpty(ApiUrl) && !string.IsNullOrEmpty(Path) && RequestedMirrors is not null && Size > 0
        && !string.IsNullOrEmpty(Sha256) && !string.IsNullOrEmpty(Slug) && !string.IsNullOrEmpty(Url)
        && (Parts is null || (Parts.Count > 0 && Parts.All(p => p.IsComplete) && Parts.Sum(p => p.Size) == Size));

    /// <summary>What MirrorAce holds for this entry: the file, or its parts in order.</summary>
    public IReadOnlyList<UploadedFile> Uploads(string linkPath)
    {
        if (Parts is null)
            return [new UploadedFile(Name ?? System.IO.Path.GetFileName(Path!), linkPath, Size, Sha256!, Slug!, Url!, Mirrors ?? [])];
        var whole = Name ?? System.IO.Path.GetFileName(Path!);
        return Parts.Select((p, i) => new UploadedFile(p.Name!, linkPath, p.Size, p.Sha256!, p.Slug!, p.Url!, p.Mirrors ?? [])
        {
            PartOf = new SplitPart(whole, Size, Sha256!, i + 1, Parts.Count),
        }).ToList();
    }

    /// <summary>An entry for <paramref name="uploads"/>, one file or the parts of one, sent from a file that had <paramref name="stamp"/>.</summary>
    public static CacheEntry For(string apiUrl, string fullPath, string mirrorsKey, FileStamp stamp, IReadOnlyList<UploadedFile> uploads)
    {
        var first = uploads[0];
        return new CacheEntry
        {
            ApiUrl = apiUrl,
            Path = fullPath,
            RequestedMirrors = mirrorsKey,
            Size = stamp.Size,
            LastWriteUtc = stamp.LastWriteUtc,
            Sha256 = first.PartOf?.Sha256 ?? first.Sha256,
            Name = first.PartOf?.Name ?? first.Name,
            Slug = first.Slug,
            Url = first.Url,
            Mirrors = [.. first.Mirrors],
            Parts = first.PartOf is null
                ? null
                : [.. uploads.Select(p => new CachedPart { Name = p.Name, Size = p.Size, Sha256 = p.Sha256, Slug = p.Slug, Url = p.Url, Mirrors = [.. p.Mirrors] })],
        };
    }

    public bool Matches(string apiUrl, string fullPath, string mirrorsKey) =>
        string.Equals(ApiUrl, apiUrl, StringComparison.Ordinal)
        && string.Equals(Path, fullPath, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
        && string.Equals(RequestedMirrors, mirrorsKey, StringComparison.Ordinal);
}

/// <summary>One numbered part of a split file, as uploaded.</summary>
internal sealed class CachedPart
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("size")] public long Size { get; set; }
    [JsonPropertyName("sha256")] public string? Sha256 { get; set; }
    [JsonPropertyName("slug")] public string? Slug { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("mirrors")] public List<string>? Mirrors { get; set; }

    [JsonIgnore]
    public bool IsComplete =>
        !string.IsNullOrEmpty(Name) && Size > 0 && !string.IsNullOrEmpty(Sha256) && !string.IsNullOrEmpty(Slug) && !string.IsNullOrEmpty(Url);
}

internal sealed class CacheFile
{
    [JsonPropertyName("version")] public int Version { get; set; }
    [JsonPropertyName("entries")] public List<CacheEntry>? Entries { get; set; }
}

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(CacheFile))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
