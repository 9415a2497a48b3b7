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
        // Up to a third of the word may be wrong ("--jsn" → "--json", "--paralel" → "--parallel"), never more than 3 letters.
        return best.Name is not null && best.Distance <= Math.Min(3, Math.Max(1, typed.TrimStart('-').Length / 3)) ? best.Name : null;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions, each costing 1.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
