using System.Text.Json;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.GitHub;

/// <summary>
/// The machine-readable copy of the section's rows: a one-line links JSON kept in an HTML comment,
/// so merging never re-parses the Markdown table (which people may have touched).
/// </summary>
internal static class SectionRows
{
    /// <summary>The JSON for <paramref name="rows"/>, on one line, never containing <c>&lt;</c>, <c>&gt;</c> or <c>&amp;</c>.</summary>
    // The local path is left out: it means nothing on the release page and would only leak runner paths.
    public static string Serialize(IEnumerable<UploadedFile> rows) => LinksJson.RenderCompact(rows.Select(r => r with { Path = "" }));

    /// <summary>The rows in <paramref name="json"/>, or null when it is not such an array.</summary>
    public static IReadOnlyList<UploadedFile>? TryParse(string json)
    {
        try
        {
            return LinksJson.Parse(json).Where(r => r.Name.Length > 0).ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
