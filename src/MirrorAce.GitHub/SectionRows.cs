using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MirrorAce.Upload;

namespace MirrorAce.GitHub;

/// <summary>
/// The machine-readable copy of the section's rows: a one-line JSON array kept in an HTML comment,
/// so merging never re-parses the Markdown table (which people may have touched).
/// </summary>
internal static class SectionRows
{
    private static readonly SectionRowsContext Context = new(new JsonSerializerOptions
    {
        // Relaxed so names stay readable; the three characters that could close or open an HTML
        // comment are escaped by hand below.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

    /// <summary>The JSON for <paramref name="rows"/>, on one line, never containing <c>&lt;</c>, <c>&gt;</c> or <c>&amp;</c>.</summary>
    public static string Serialize(IEnumerable<UploadedFile> rows)
    {
        var json = JsonSerializer.Serialize(rows.Select(Row.From).ToList(), Context.ListRow);
        // These characters only occur inside JSON strings, where \u escapes mean the same thing;
        // without them "-->" cannot appear, so the comment cannot be closed early.
        return json.Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace(">", "\\u003e", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);
    }

    /// <summary>The rows in <paramref name="json"/>, or null when it is not such an array.</summary>
    public static IReadOnlyList<UploadedFile>? TryParse(string json)
    {
        try
        {
            return (JsonSerializer.Deserialize(json, Context.ListRow) ?? [])
                .Where(r => !string.IsNullOrEmpty(r.Name) && !string.IsNullOrEmpty(r.Slug))
                .Select(r => r.ToFile())
                .ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal sealed class Row
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("size")] public long Size { get; set; }
        [JsonPropertyName("sha256")] public string? Sha256 { get; set; }
        [JsonPropertyName("slug")] public string? Slug { get; set; }
        [JsonPropertyName("url")] public string? Url { get; set; }
        [JsonPropertyName("mirrors")] public List<string>? Mirrors { get; set; }
        // A split file's part keeps what the whole file is, so the section can say how to join the parts.
        [JsonPropertyName("part_of")] public PartRow? PartOf { get; set; }

        // The local path is left out: it means nothing on the release page and would only leak runner paths.
        public static Row From(UploadedFile f) => new()
        {
            Name = f.Name, Size = f.Size, Sha256 = f.Sha256, Slug = f.Slug, Url = f.Url, Mirrors = [.. f.Mirrors],
            PartOf = f.PartOf is { } p ? new PartRow { Name = p.Name, Size = p.Size, Sha256 = p.Sha256, Index = p.Index, Count = p.Count } : null,
        };

        public UploadedFile ToFile() => new(Name!, "", Size, Sha256 ?? "", Slug!, Url ?? "", Mirrors ?? [])
        {
            PartOf = PartOf is { Name: { } name } p ? new SplitPart(name, p.Size, p.Sha256 ?? "", p.Index, p.Count) : null,
        };
    }

    internal sealed class PartRow
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("size")] public long Size { get; set; }
        [JsonPropertyName("sha256")] public string? Sha256 { get; set; }
        [JsonPropertyName("part")] public int Index { get; set; }
        [JsonPropertyName("parts")] public int Count { get; set; }
    }
}

[JsonSerializable(typeof(List<SectionRows.Row>))]
internal sealed partial class SectionRowsContext : JsonSerializerContext;
