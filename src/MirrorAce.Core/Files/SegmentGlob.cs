namespace MirrorAce.Files;

/// <summary>Matches one path segment against one pattern segment with <c>*</c> wildcards.</summary>
internal static class SegmentGlob
{
    public static bool Matches(string pattern, string segment)
    {
        if (pattern == "**") return true;
        // Classic two-pointer wildcard match: linear in practice, no regex to build per segment.
        int p = 0, s = 0, star = -1, mark = 0;
        while (s < segment.Length)
        {
            if (p < pattern.Length && pattern[p] == segment[s]) { p++; s++; }
            else if (p < pattern.Length && pattern[p] == '*') { star = p++; mark = s; }
            else if (star >= 0) { p = star + 1; s = ++mark; }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
