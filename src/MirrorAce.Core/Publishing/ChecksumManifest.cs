using System.Text;
using MirrorAce.Upload;

namespace MirrorAce.Publishing;

/// <summary>
/// The <c>SHA256SUMS</c> manifest, as <c>sha256sum</c> writes it and <c>sha256sum -c</c> reads it: one
/// <c>&lt;64 hex&gt;  &lt;name&gt;</c> line per file, sorted by name (ordinal), LF line ends, UTF-8.
/// </summary>
/// <remarks>
/// Names are the ones the release's notes list (<see cref="ListedName"/>). A split file gives a line per part and one for the
/// whole file (the parts joined), so the parts can be checked as downloaded and the joined file after. Rows without a
/// SHA-256 (files MirrorAce fetched itself) have no line, and neither has the manifest itself.
/// </remarks>
public static class ChecksumManifest
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "SHA256SUMS";

    /// <summary>Name → SHA-256 for <paramref name="files"/>; a later file of a name replaces an earlier one.</summary>
    public static SortedDictionary<string, string> Entries(IEnumerable<UploadedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            Add(entries, ListedName.Of(file), file.Sha256);
            if (file.PartOf is { } whole) Add(entries, whole.Name, whole.Sha256);
        }
        return entries;
    }

    /// <summary>The manifest's text for <paramref name="entries"/>.</summary>
    public static string Render(IReadOnlyDictionary<string, string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder();
        foreach (var (name, sha256) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            // sha256sum marks a line whose name holds a backslash or a line break with a leading backslash and escapes them.
            if (name.AsSpan().IndexOfAny('\\', '\n', '\r') < 0) text.Append(sha256).Append("  ").Append(name).Append('\n');
            else text.Append('\\').Append(sha256).Append("  ").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The manifest's size in bytes for <paramref name="entries"/>.</summary>
    public static long Size(IReadOnlyDictionary<string, string> entries) => Encoding.UTF8.GetByteCount(Render(entries));

    /// <summary>Whether <paramref name="name"/> is the manifest's (in any case: a case-insensitive disk would hold only one of them).</summary>
    public static bool IsManifestName(string name) => string.Equals(name, FileName, StringComparison.OrdinalIgnoreCase);

    private static void Add(SortedDictionary<string, string> entries, string name, string sha256)
    {
        if (name.Length == 0 || IsManifestName(name) || !IsSha256(sha256)) return;
        entries[name] = sha256.ToLowerInvariant();
    }

    private static bool IsSha256(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigit);
}
