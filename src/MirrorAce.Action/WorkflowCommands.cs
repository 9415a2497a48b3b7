using System.Text;
using MirrorAce.Output;

namespace MirrorAce.Action;

/// <summary>
/// GitHub's workflow commands (<c>::name key=value::data</c>) and plain log lines, on one writer so
/// that their order in the log is the order they were written, even from parallel uploads.
/// </summary>
internal sealed class WorkflowCommands(TextWriter output)
{
    private readonly Lock _gate = new();

    /// <summary>Makes the runner replace <paramref name="secret"/> with *** in every later log line.</summary>
    public void AddMask(string secret) => Command("add-mask", null, secret);

    public void Group(string title) => Command("group", null, title);

    public void EndGroup() => Command("endgroup", null, "");

    /// <summary>An error annotation, pinned to <paramref name="file"/> when given.</summary>
    public void Error(string message, string? title = null, string? file = null) =>
        Command("error", Properties(("file", file), ("title", title)), message);

    public void Warning(string message, string? title = null, string? file = null) =>
        Command("warning", Properties(("file", file), ("title", title)), message);

    public void Notice(string message, string? title = null) => Command("notice", Properties(("title", title)), message);

    /// <summary>
    /// A plain log line; control characters are replaced (an escape sequence could rewrite the log viewer or a
    /// terminal), and text that the runner could read as a command is fenced off with stop-commands.
    /// </summary>
    public void Line(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(PrintableText.Clean).ToList();
        lock (_gate)
        {
            // File names and server words are not ours: between these two lines the runner runs no command,
            // and a random token means the text itself cannot end the fence.
            var token = lines.Any(PrintableText.LooksLikeWorkflowCommand) ? Guid.NewGuid().ToString("N") : null;
            if (token is not null) output.Write("::stop-commands::" + token + "\n");
            foreach (var line in lines)
                output.Write(line + "\n");
            if (token is not null) output.Write("::" + token + "::\n");
            output.Flush();
        }
    }

    /// <summary>
    /// Escapes a command's data: the runner reads up to the end of the line and unescapes these three. Other control
    /// characters are replaced first: the runner would print them as they are.
    /// </summary>
    public static string EscapeData(string value) =>
        PrintableText.Clean(value, keepLineBreaks: true)
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value, where <c>:</c> would end the properties and <c>,</c> start another one.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    private void Command(string name, string? properties, string data)
    {
        lock (_gate)
        {
            output.Write("::" + name + (string.IsNullOrEmpty(properties) ? "" : " " + properties) + "::" + EscapeData(data) + "\n");
            output.Flush();
        }
    }

    private static string? Properties(params (string Key, string? Value)[] properties)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in properties)
        {
            if (string.IsNullOrEmpty(value)) continue;
            if (text.Length > 0) text.Append(',');
            text.Append(key).Append('=').Append(EscapeProperty(value));
        }
        return text.Length == 0 ? null : text.ToString();
    }
}
