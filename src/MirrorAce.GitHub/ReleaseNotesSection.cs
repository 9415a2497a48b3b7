using System.Text;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.GitHub;

/// <summary>
/// The links section of a release body, as pure text: find it, read its rows, merge files into it,
/// render it. The section is one block between <see cref="StartMarker"/> and <see cref="EndMarker"/>
/// lines; everything outside it is returned byte for byte.
/// </summary>
/// <remarks>
/// <para>Rows are keyed by file name: a file merged under a name already listed replaces that row,
/// other rows stay. Rows are sorted by name (ordinal), so writers that merge the same rows in any
/// order produce the same text.</para>
/// <para>The rows are read from the JSON copy in the section (<c>&lt;!-- mirrorace:links:data […] --&gt;</c>),
/// never from the table. A section whose JSON copy is missing or unreadable counts as empty and is
/// rewritten whole: text inside the markers belongs to this tool.</para>
/// <para>A start marker with no end marker after it is refused with <see cref="ErrorCodes.SectionDamaged"/>
/// rather than guessed at: either guess could destroy text someone wrote.</para>
/// </remarks>
public static class ReleaseNotesSection
{
    /// <summary>The line that opens the section.</summary>
    public const string StartMarker = "<!-- mirrorace:links:start -->";

    /// <summary>The line that closes the section.</summary>
    public const string EndMarker = "<!-- mirrorace:links:end -->";

    /// <summary>The heading shown above the table.</summary>
    public const string Heading = "### Download mirrors";

    /// <summary>GitHub refuses release bodies longer than this many characters.</summary>
    public const int MaxBodyLength = 125_000;

    private const string DataPrefix = "<!-- mirrorace:links:data ";
    private const string DataSuffix = " -->";

    /// <summary>The section for <paramref name="rows"/>, from start marker to end marker, without a final line break.</summary>
    /// <param name="rows">The files to list; sorted by name here, and the last of several with one name wins.</param>
    /// <param name="newLine"><c>"\n"</c> or <c>"\r\n"</c>: the line break of the body it goes into.</param>
    public static string Render(IEnumerable<UploadedFile> rows, string newLine = "\n")
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (newLine is not ("\n" or "\r\n")) throw new ArgumentException("A line break is \\n or \\r\\n.", nameof(newLine));

        var sorted = LastPerName(rows).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.Append(StartMarker).Append(newLine);
        text.Append(DataPrefix).Append(SectionRows.Serialize(sorted)).Append(DataSuffix).Append(newLine);
        text.Append(Heading).Append(newLine).Append(newLine);
        // The engine renders with \n; the body's own line break is used throughout so a CRLF body stays CRLF.
        // Blank lines are kept: one separates the table from the note on joining a split file's parts.
        foreach (var line in LinksMarkdown.Render(sorted).TrimEnd('\n').Split('\n'))
        {
            text.Append(line).Append(newLine);
        }

        // The blank line ends the table before the marker, whatever a Markdown renderer thinks of HTML blocks in tables.
        text.Append(newLine).Append(EndMarker);
        return text.ToString();
    }

    /// <summary>The rows listed in <paramref name="body"/>'s section, sorted by name; empty when there is no section.</summary>
    /// <exception cref="MirrorAceException"><see cref="ErrorCodes.SectionDamaged"/>: a start marker without an end marker.</exception>
    public static IReadOnlyList<UploadedFile> ReadRows(string? body)
    {
        body ??= "";
        var bounds = SectionBounds.Locate(body);
        return bounds.Found ? ReadData(body.AsSpan(bounds.Start, bounds.End - bounds.Start)) : [];
    }

    /// <summary>Whether <paramref name="body"/>'s section lists every one of <paramref name="files"/> by name and slug.</summary>
    /// <exception cref="MirrorAceException"><see cref="ErrorCodes.SectionDamaged"/>: a start marker without an end marker.</exception>
    public static bool Lists(string? body, IEnumerable<UploadedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var listed = ReadRows(body).ToDictionary(r => r.Name, r => r.Slug, StringComparer.Ordinal);
        return LastPerName(files).All(f => listed.TryGetValue(f.Name, out var slug) && slug == f.Slug);
    }

    /// <summary>
    /// Merges <paramref name="files"/> into <paramref name="body"/>: the section is replaced in place, or
    /// appended after a blank line when absent. Text outside the section is kept byte for byte, and the
    /// section uses CRLF line breaks when the body has any.
    /// </summary>
    /// <exception cref="MirrorAceException"><see cref="ErrorCodes.SectionDamaged"/>: a start marker without an end marker.</exception>
    public static SectionMerge Merge(string? body, IEnumerable<UploadedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        body ??= "";
        var bounds = SectionBounds.Locate(body);
        var rows = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        if (bounds.Found)
        {
            foreach (var row in ReadData(body.AsSpan(bounds.Start, bounds.End - bounds.Start))) rows[row.Name] = row;
        }

        List<string> added = [], replaced = [], kept = [];
        foreach (var file in LastPerName(files))
        {
            var row = file with { Path = "" };
            if (!rows.TryGetValue(file.Name, out var old)) added.Add(file.Name);
            else if (SameRow(old, row)) kept.Add(file.Name);
            else replaced.Add(file.Name);
            rows[file.Name] = row;
        }

        var newLine = body.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var section = Render(rows.Values, newLine);
        var merged = bounds.Found
            ? string.Concat(body.AsSpan(0, bounds.Start), section, body.AsSpan(bounds.End))
            : Append(body, section, newLine, bounds.UnclosedFence);
        return new SectionMerge(merged, added, replaced, kept);
    }

    private static string Append(string body, string section, string newLine, string? unclosedFence)
    {
        var text = new StringBuilder(body.Length + section.Length + 8).Append(body);
        if (unclosedFence is not null)
        {
            // Inside an open code fence the section would render as code and never be found again,
            // so every run would append another one: the fence is closed first.
            if (body.Length > 0 && !body.EndsWith('\n')) text.Append(newLine);
            text.Append(unclosedFence).Append(newLine);
        }

        var current = text.ToString();
        if (current.Length > 0 && !current.EndsWith('\n')) text.Append(newLine).Append(newLine);
        else if (current.Length > 0 && !EndsWithBlankLine(current)) text.Append(newLine);
        return text.Append(section).ToString();
    }

    private static bool EndsWithBlankLine(string text) =>
        text.EndsWith("\n\n", StringComparison.Ordinal) || text.EndsWith("\n\r\n", StringComparison.Ordinal);

    private static List<UploadedFile> ReadData(ReadOnlySpan<char> section)
    {
        foreach (var range in section.Split('\n'))
        {
            var line = section[range].Trim(" \t\r");
            if (line.StartsWith(DataPrefix, StringComparison.Ordinal) && line.EndsWith(DataSuffix, StringComparison.Ordinal))
            {
                var json = line[DataPrefix.Length..^DataSuffix.Length].ToString();
                return SectionRows.TryParse(json)?.OrderBy(r => r.Name, StringComparer.Ordinal).ToList() ?? [];
            }
        }

        return [];
    }

    private static bool SameRow(UploadedFile a, UploadedFile b) =>
        a.Name == b.Name && a.Size == b.Size && a.Sha256 == b.Sha256 && a.Slug == b.Slug && a.Url == b.Url
        && a.Mirrors.SequenceEqual(b.Mirrors, StringComparer.Ordinal);

    /// <summary>One file per name, the last one given winning, in first-seen order.</summary>
    private static IEnumerable<UploadedFile> LastPerName(IEnumerable<UploadedFile> files)
    {
        var byName = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var file in files)
        {
            ArgumentNullException.ThrowIfNull(file);
            if (!byName.ContainsKey(file.Name)) order.Add(file.Name);
            byName[file.Name] = file;
        }

        return order.Select(n => byName[n]);
    }
}
