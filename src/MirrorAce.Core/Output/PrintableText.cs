using System.Text;

namespace MirrorAce.Output;

/// <summary>
/// Makes text that is not ours (file names, the server's words) safe to print on a terminal, in a log
/// or in a CI runner's output: no control characters (escape sequences, carriage returns, bells),
/// no bidirectional overrides, and, for GitHub's runner, no line it would read as a workflow command.
/// </summary>
public static class PrintableText
{
    /// <summary>
    /// The text with every control character (C0, DEL, C1), bidirectional control and line or paragraph
    /// separator replaced: tabs and line breaks by a space, the rest by <c>?</c>. One line always.
    /// </summary>
    public static string Clean(string? text) => Clean(text, keepLineBreaks: false);

    /// <summary><see cref="Clean(string?)"/>, but <c>\r</c> and <c>\n</c> are kept for a caller that escapes them itself.</summary>
    public static string Clean(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (!text.Any(IsUnsafe)) return text;
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsUnsafe(c) || (keepLineBreaks && c is '\r' or '\n')) clean.Append(c);
            else clean.Append(c is '\t' or '\r' or '\n' or '\u2028' or '\u2029' or '\u0085' ? ' ' : '?');
        }
        return clean.ToString();
    }

    /// <summary><see cref="Clean(string?)"/>, then cut to <paramref name="max"/> characters with an ellipsis: for quoting a value in a message.</summary>
    public static string Quote(string? text, int max = 80)
    {
        var clean = Clean(text);
        return "\"" + (clean.Length <= max ? clean : clean[..max] + "…") + "\"";
    }

    /// <summary>Whether <paramref name="c"/> can move the cursor, rewrite the screen, break a line or reorder what is shown.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary>Whether any character of <paramref name="text"/> is <see cref="IsUnsafe"/>.</summary>
    public static bool HasUnsafe(string? text) => text is not null && text.Any(IsUnsafe);

    /// <summary>
    /// Whether GitHub's runner would read <paramref name="line"/> as a workflow command: it finds <c>::name::</c>
    /// after leading white space, and its older <c>##[name]</c> form anywhere in a line.
    /// </summary>
    public static bool LooksLikeWorkflowCommand(string line) =>
        line.TrimStart().StartsWith("::", StringComparison.Ordinal) || line.Contains("##[", StringComparison.Ordinal);

    /// <summary>
    /// <see cref="Clean(string?)"/>, and for a line a runner may read (an MSBuild log, which cannot be fenced with
    /// stop-commands) the command forms broken up so the runner sees plain text: <c>::</c> at the start
    /// and <c>##[</c> anywhere get a space inside.
    /// </summary>
    public static string ForLog(string? text)
    {
        var clean = Clean(text);
        if (!LooksLikeWorkflowCommand(clean)) return clean;
        clean = clean.Replace("##[", "## [", StringComparison.Ordinal);
        var start = clean.Length - clean.TrimStart().Length;
        return clean.AsSpan(start).StartsWith("::", StringComparison.Ordinal) ? string.Concat(clean.AsSpan(0, start), ": :", clean.AsSpan(start + 2)) : clean;
    }
}
