using System.Text;
using System.Text.RegularExpressions;

namespace MirrorAce.Files;

/// <summary>
/// One glob, as @actions/glob and softprops users write them: <c>*</c> and <c>?</c> within a name, <c>[abc]</c>,
/// <c>[a-z]</c> and <c>[!abc]</c> for one character, <c>**</c> for any number of folders, and <c>{zip,txt}</c>
/// (nested too) for alternatives. Matched against relative paths with <c>/</c> separators, case-sensitively.
/// </summary>
internal sealed class Glob
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private readonly Regex _regex;

    public Glob(string pattern) => _regex = new Regex(PathRegex(pattern), RegexOptions.CultureInvariant, MatchTimeout);

    public bool IsMatch(string path) => _regex.IsMatch(path);

    /// <summary>Whether a pattern (or one segment of it) has anything but literal characters.</summary>
    public static bool HasWildcard(string pattern) => pattern.AsSpan().IndexOfAny("*?[{") >= 0;

    /// <summary>Whether one name matches one segment of a pattern.</summary>
    public static bool SegmentMatches(string segment, string name) =>
        segment == "**" || Regex.IsMatch(name, "^" + SegmentRegex(segment) + "$", RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary><c>a/{b,c{d,e}}/f</c> as <c>a/b/f</c>, <c>a/cd/f</c>, <c>a/ce/f</c>; braces without a top-level comma stay literal.</summary>
    public static IReadOnlyList<string> ExpandBraces(string pattern)
    {
        for (var open = pattern.IndexOf('{', StringComparison.Ordinal); open >= 0; open = pattern.IndexOf('{', open + 1))
        {
            var (close, commas) = Group(pattern, open);
            if (close < 0 || commas.Count == 0) continue;
            var head = pattern[..open];
            var tail = pattern[(close + 1)..];
            var cuts = new List<int> { open }.Concat(commas).Append(close).ToList();
            var expanded = new List<string>();
            for (var i = 0; i + 1 < cuts.Count; i++)
                expanded.AddRange(ExpandBraces(head + pattern[(cuts[i] + 1)..cuts[i + 1]] + tail));
            return expanded.Distinct(StringComparer.Ordinal).ToList();
        }
        return [pattern];
    }

    // The closing brace matching the one at 'open', and the commas at its own depth.
    private static (int Close, List<int> Commas) Group(string pattern, int open)
    {
        var commas = new List<int>();
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '{': depth++; break;
                case '}' when --depth == 0: return (i, commas);
                case ',' when depth == 1: commas.Add(i); break;
            }
        }
        return (-1, commas);
    }

    private static string PathRegex(string pattern)
    {
        var segments = pattern.Split('/');
        var regex = new StringBuilder("^");
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            if (segments[i] == "**")
            {
                // Any number of folders; at the end, everything beneath.
                regex.Append(last ? ".*" : "(?:[^/]+/)*");
                continue;
            }
            regex.Append(SegmentRegex(segments[i]));
            if (!last) regex.Append('/');
        }
        return regex.Append('$').ToString();
    }

    private static string SegmentRegex(string segment)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            switch (c)
            {
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[' when ClassEnd(segment, i) is var end and > 0:
                    regex.Append(CharacterClass(segment[(i + 1)..end]));
                    i = end;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return regex.ToString();
    }

    // A ']' right after '[' or '[!' is a member, not the end; no end at all leaves the '[' literal.
    private static int ClassEnd(string segment, int open)
    {
        var i = open + 1;
        if (i < segment.Length && segment[i] is '!' or '^') i++;
        if (i < segment.Length && segment[i] == ']') i++;
        var end = segment.IndexOf(']', i);
        return end;
    }

    private static string CharacterClass(string body)
    {
        var negated = body.Length > 0 && body[0] is '!' or '^';
        if (negated) body = body[1..];
        var members = new StringBuilder();
        foreach (var c in body)
            members.Append(c is '\\' or '[' or ']' or '^' ? "\\" + c : c.ToString());
        // A class never matches the separator, negated or not.
        return negated ? $"[^/{members}]" : $"(?!/)[{members}]";
    }
}
