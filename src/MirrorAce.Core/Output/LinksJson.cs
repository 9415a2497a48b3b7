using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MirrorAce.Upload;

namespace MirrorAce.Output;

/// <summary>
/// The links JSON of the contract: an array with one object per uploaded file, in input order,
/// with <c>name</c>, <c>path</c>, <c>size</c>, <c>sha256</c>, <c>slug</c>, <c>url</c>, <c>mirrors</c>.
/// </summary>
public static class LinksJson
{
    private static readonly LinksJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        // Names stay readable ("Ünïcode.zip", not "\u00DC…"); the output is data, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

    private static readonly LinksJsonContext Compact = new(new JsonSerializerOptions
    {
        // The default encoder escapes <, > and &, so the text can sit inside an HTML comment.
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

    /// <summary>Renders the files as the links JSON.</summary>
    public static string Render(IEnumerable<UploadedFile> files) =>
        JsonSerializer.Serialize(files.Select(LinkEntry.From).ToList(), Context.ListLinkEntry) + "\n";

    /// <summary>
    /// The same entries on one line, with <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped so it can never
    /// close an HTML comment, and an empty <c>path</c> left out. For data kept inside other documents.
    /// </summary>
    public static string RenderCompact(IEnumerable<UploadedFile> files) =>
        JsonSerializer.Serialize(files.Select(LinkEntry.From).Select(e => { e.Path = string.IsNullOrEmpty(e.Path) ? null : e.Path; return e; }).ToList(),
            Compact.ListLinkEntry);

    /// <summary>
    /// Reads a links JSON back; entries lacking a slug or url are skipped, and so are entries whose url, slug, name,
    /// SHA-256 or mirrors are not what a trustworthy answer holds (the file may have been edited by anyone).
    /// </summary>
    /// <exception cref="JsonException">The text is not a links JSON array.</exception>
    public static IReadOnlyList<UploadedFile> Parse(string json) =>
        (JsonSerializer.Deserialize(json, Context.ListLinkEntry) ?? [])
            .Where(e => !string.IsNullOrEmpty(e.Slug) && !string.IsNullOrEmpty(e.Url))
            .Select(e => new UploadedFile(e.Name ?? "", e.Path ?? "", e.Size, e.Sha256 ?? "", e.Slug!, e.Url!, e.Mirrors ?? [])
            {
                PartOf = e.PartOf is { } p ? new SplitPart(p.Name ?? "", p.Size, p.Sha256 ?? "", p.Index, p.Count) : null,
            })
            .Where(IsPublishable)
            .ToList();

    /// <summary>
    /// Whether an entry kept outside the engine (a links file, a release's notes, a build cache) may be reused and
    /// published again: an https url (http only to loopback), a short slug, a name and mirrors without control characters.
    /// </summary>
    public static bool IsPublishable(UploadedFile file) => Api.ServerText.IsPublishable(file);

    /// <summary>Writes the links JSON to <paramref name="path"/>, creating its folder, replacing it whole.</summary>
    public static async Task WriteAsync(string path, IEnumerable<UploadedFile> files, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Written beside and moved into place: a reader never sees half a file.
        var temporary = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, Render(files), new System.Text.UTF8Encoding(false), cancellationToken);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}

internal sealed class LinkEntry
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    // Never null in the links JSON (an empty path is written as ""); RenderCompact leaves an empty one out.
    [JsonPropertyName("path")] public string? Path { get; set; }
    [JsonPropertyName("size")] public long Size { get; set; }
    // Always written, null for a mirrored URL (no local bytes): the contract says the field stays.
    [JsonPropertyName("sha256"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] public string? Sha256 { get; set; }
    [JsonPropertyName("slug")] public string? Slug { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("mirrors")] public List<string>? Mirrors { get; set; }
    [JsonPropertyName("part_of")] public PartEntry? PartOf { get; set; }

    public static LinkEntry From(UploadedFile f) => new()
    {
        Name = f.Name, Path = f.Path, Size = f.Size, Sha256 = f.Sha256.Length == 0 ? null : f.Sha256, Slug = f.Slug, Url = f.Url, Mirrors = [.. f.Mirrors],
        PartOf = f.PartOf is { } p ? new PartEntry { Name = p.Name, Size = p.Size, Sha256 = p.Sha256, Index = p.Index, Count = p.Count } : null,
    };
}

/// <summary>For a part of a split file: the whole file, and which part this is.</summary>
internal sealed class PartEntry
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("size")] public long Size { get; set; }
    [JsonPropertyName("sha256")] public string? Sha256 { get; set; }
    [JsonPropertyName("part")] public int Index { get; set; }
    [JsonPropertyName("parts")] public int Count { get; set; }
}

[JsonSerializable(typeof(List<LinkEntry>))]
internal sealed partial class LinksJsonContext : JsonSerializerContext;
