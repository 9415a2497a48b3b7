namespace MirrorAce.GitHub;

/// <summary>
/// Where the links section lies in a release body. A marker counts only alone on its line (up to
/// three spaces of indentation, as Markdown allows before a block) and outside fenced code, so
/// notes that quote the markers, inline or in a code block, are not mistaken for the section.
/// </summary>
/// <param name="Found">Whether the body holds a section.</param>
/// <param name="Start">Index of the start marker's line.</param>
/// <param name="End">Index just after the end marker (its line break, if any, is outside the section).</param>
/// <param name="UnclosedFence">When there is no section and the body ends inside fenced code: the line that closes it.</param>
internal readonly record struct SectionBounds(bool Found, int Start, int End, string? UnclosedFence)
{
    public static SectionBounds Locate(string body)
    {
        string? fence = null;
        var position = 0;
        while (position <= body.Length)
        {
            var (lineStart, contentEnd, next) = NextLine(body, position);
            var line = body.AsSpan(lineStart, contentEnd - lineStart);
            if (fence is not null)
            {
                if (Closes(line, fence)) fence = null;
            }
            else if (IsMarker(line, ReleaseNotesSection.StartMarker))
            {
                return new SectionBounds(true, lineStart, FindEnd(body, next), null);
            }
            else
            {
                fence = Opens(line);
            }

            if (next > body.Length) break;
            position = next;
        }

        return new SectionBounds(false, 0, 0, fence);
    }

    private static int FindEnd(string body, int position)
    {
        while (position <= body.Length)
        {
            var (lineStart, contentEnd, next) = NextLine(body, position);
            var line = body.AsSpan(lineStart, contentEnd - lineStart);
            if (IsMarker(line, ReleaseNotesSection.EndMarker))
            {
                return lineStart + line.IndexOf(ReleaseNotesSection.EndMarker, StringComparison.Ordinal) + ReleaseNotesSection.EndMarker.Length;
            }

            if (next > body.Length) break;
            position = next;
        }

        // Replacing up to the end of the body could swallow text people wrote after the section,
        // and appending a second section would pair this start with our end next time: refuse.
        throw new MirrorAceException(ErrorCodes.SectionDamaged,
            $"The release notes contain '{ReleaseNotesSection.StartMarker}' without a '{ReleaseNotesSection.EndMarker}' line after it",
            $"Edit the release notes: delete the start marker, or put '{ReleaseNotesSection.EndMarker}' on its own line where the links section should end.");
    }

    /// <summary>The line at <paramref name="position"/>: its start, the end of its text (before any \r\n or \n), and where the next line starts (past the body's end for the last line).</summary>
    private static (int Start, int ContentEnd, int Next) NextLine(string body, int position)
    {
        var newline = body.IndexOf('\n', position);
        if (newline < 0) return (position, body.Length, body.Length + 1);
        var contentEnd = newline > position && body[newline - 1] == '\r' ? newline - 1 : newline;
        return (position, contentEnd, newline + 1);
    }

    private static bool IsMarker(ReadOnlySpan<char> line, string marker)
    {
        var indent = Indentation(line);
        return indent <= 3 && line[indent..].TrimEnd(" \t").SequenceEqual(marker);
    }

    private static int Indentation(ReadOnlySpan<char> line)
    {
        var count = 0;
        while (count < line.Length && line[count] == ' ') count++;
        return count;
    }

    /// <summary>The fence a line opens (three or more backticks or tildes), as the text that would close it.</summary>
    private static string? Opens(ReadOnlySpan<char> line)
    {
        var indent = Indentation(line);
        if (indent > 3 || indent >= line.Length || line[indent] is not ('`' or '~')) return null;
        var mark = line[indent];
        var run = Run(line[indent..], mark);
        if (run < 3) return null;
        // CommonMark: a backtick fence's info string cannot contain a backtick (that is inline code).
        if (mark == '`' && line[(indent + run)..].Contains('`')) return null;
        return new string(mark, run);
    }

    private static bool Closes(ReadOnlySpan<char> line, string fence)
    {
        var indent = Indentation(line);
        if (indent > 3 || indent >= line.Length || line[indent] != fence[0]) return false;
        var run = Run(line[indent..], fence[0]);
        return run >= fence.Length && line[(indent + run)..].Trim(" \t").IsEmpty;
    }

    private static int Run(ReadOnlySpan<char> text, char mark)
    {
        var count = 0;
        while (count < text.Length && text[count] == mark) count++;
        return count;
    }
}
