namespace MirrorAce.Cli;

/// <summary>The known name closest to a mistyped one, by edit distance, if it is close enough to be the one meant.</summary>
internal static class Suggestion
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var best = known.Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Distance: Distance(typed, name)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        // Up to a third of the word may be wrong ("--jsn" → "--json", "--paralel" → "--parallel"), never more than 3 edits.
        return best.Name is not null && best.Distance <= Math.Min(3, Math.Max(1, typed.TrimStart('-').Length / 3)) ? best.Name : null;
    }

    /// <summary>Edit distance: insertions, deletions, substitutions and swaps of two neighbours ("--jsno"), each costing 1.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i, j - 1] + 1, d[i - 1, j] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
