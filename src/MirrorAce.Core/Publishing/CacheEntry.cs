using System.Text.Json.Serialization;
using MirrorAce.Upload;

namespace MirrorAce.Publishing;

/// <summary>One earlier upload in an <see cref="UploadCache"/>: which bytes became which MirrorAce file (or parts), and the file's stamp then.</summary>
internal sealed class CacheEntry
{
    [JsonPropertyName("apiUrl")] public string? ApiUrl { get; set; }
    /// <summary>The file's real path when it was read; with <see cref="LastWriteUtc"/> it spares reading an unchanged file again.</summary>
    [JsonPropertyName("path")] public string? Path { get; set; }
    [JsonPropertyName("size")] public long Size { get; set; }
    [JsonPropertyName("lastWriteUtc")] public DateTime LastWriteUtc { get; set; }
    [JsonPropertyName("sha256")] public string? Sha256 { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("slug")] public string? Slug { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("mirrors")] public List<string>? Mirrors { get; set; }
    /// <summary>
    /// The numbered parts, when the file was split; <see cref="Name"/> and <see cref="Sha256"/> are then the whole file's and
    /// <see cref="Slug"/>/<see cref="Url"/> the first part's, so a reader that knows no parts finds the sizes differ and uploads again.
    /// </summary>
    [JsonPropertyName("parts")] public List<CachedPart>? Parts { get; set; }

    [JsonIgnore]
    public bool IsComplete =>
        !string.IsNullOrEmpty(ApiUrl) && Size > 0 && Sha256 is { Length: 64 } && !string.IsNullOrEmpty(Slug) && !string.IsNullOrEmpty(Url)
        && (Parts is null || (Parts.Count > 0 && Parts.All(p => p is { IsComplete: true }) && Parts.Sum(p => p.Size) == Size))
        && (Mirrors is null || Mirrors.All(m => m is not null));

    /// <summary>What MirrorAce holds for this entry: the file, or its parts in order.</summary>
    public IReadOnlyList<UploadedFile> Uploads()
    {
        var name = Name ?? System.IO.Path.GetFileName(Path ?? "") ?? "";
        if (Parts is null)
            return [new UploadedFile(name, Path ?? "", Size, Sha256!, Slug!, Url!, Mirrors ?? [])];
        return Parts.Select((p, i) => new UploadedFile(p.Name!, Path ?? "", p.Size, p.Sha256!, p.Slug!, p.Url!, p.Mirrors ?? [])
        {
            PartOf = new SplitPart(name, Size, Sha256!, i + 1, Parts.Count),
        }).ToList();
    }

    /// <summary>An entry for <paramref name="uploads"/>, one file or the parts of one.</summary>
    public static CacheEntry For(string apiUrl, KnownHash? stamp, IReadOnlyList<UploadedFile> uploads)
    {
        var first = uploads[0];
        var sha256 = first.PartOf?.Sha256 ?? first.Sha256;
        return new CacheEntry
        {
            ApiUrl = apiUrl,
            // A stamp is only kept for the bytes it describes.
            Path = stamp?.Sha256 == sha256 ? stamp.RealPath : null,
            LastWriteUtc = stamp?.Sha256 == sha256 ? stamp.LastWriteUtc : default,
            Size = first.PartOf?.Size ?? first.Size,
            Sha256 = sha256,
            Name = first.PartOf?.Name ?? first.Name,
            Slug = first.Slug,
            Url = first.Url,
            Mirrors = [.. first.Mirrors],
            Parts = first.PartOf is null
                ? null
                : [.. uploads.Select(p => new CachedPart { Name = p.Name, Size = p.Size, Sha256 = p.Sha256, Slug = p.Slug, Url = p.Url, Mirrors = [.. p.Mirrors] })],
        };
    }

    /// <summary>Whether both record the same bytes on the same API to the same mirrors: the later replaces the earlier.</summary>
    public bool SameUpload(CacheEntry other) =>
        ApiUrl == other.ApiUrl && Size == other.Size && string.Equals(Sha256, other.Sha256, StringComparison.OrdinalIgnoreCase)
        && (Parts is null) == (other.Parts is null)
        && (Mirrors ?? []).Order(StringComparer.Ordinal).SequenceEqual((other.Mirrors ?? []).Order(StringComparer.Ordinal), StringComparer.Ordinal);
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
        !string.IsNullOrEmpty(Name) && Size > 0 && Sha256 is { Length: 64 } && !string.IsNullOrEmpty(Slug) && !string.IsNullOrEmpty(Url)
        && (Mirrors is null || Mirrors.All(m => m is not null));
}

internal sealed class CacheFile
{
    [JsonPropertyName("version")] public int Version { get; set; }
    [JsonPropertyName("entries")] public List<CacheEntry>? Entries { get; set; }
}

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(CacheFile))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
