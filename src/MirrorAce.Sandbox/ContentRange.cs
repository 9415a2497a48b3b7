using System.Globalization;
using System.Text.RegularExpressions;

namespace MirrorAce.Sandbox;

/// <summary>A <c>Content-Range: bytes FIRST-LAST/TOTAL</c> request header, LAST inclusive (RFC 9110).</summary>
internal readonly partial record struct ContentRange(long First, long Last, long Total)
{
    public long Length => Last - First + 1;

    /// <summary>Parses strictly: the <c>bytes </c> prefix, digits only, a known total, LAST &gt;= FIRST and LAST &lt; TOTAL.</summary>
    public static (ContentRange? Range, string? Error) Parse(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return (null, "Missing Content-Range header: every chunk needs 'Content-Range: bytes FIRST-LAST/TOTAL'.");
        }

        var match = Syntax().Match(header);
        if (!match.Success
            || !long.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !long.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            || !long.TryParse(match.Groups[3].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var total))
        {
            return (null, $"Malformed Content-Range header '{header}': expected 'bytes FIRST-LAST/TOTAL'.");
        }

        if (total == 0)
        {
            return (null, "Empty files cannot be uploaded.");
        }

        if (last < first || last >= total)
        {
            return (null, $"Content-Range '{header}' is not a range inside the file (LAST is inclusive and must be below TOTAL).");
        }

        return (new ContentRange(first, last, total), null);
    }

    [GeneratedRegex(@"^bytes ([0-9]+)-([0-9]+)/([0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();
}
