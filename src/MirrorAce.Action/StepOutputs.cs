using System.Text;

namespace MirrorAce.Action;

/// <summary>
/// Writes step outputs to the <c>GITHUB_OUTPUT</c> file in its multi-line form,
/// <c>name&lt;&lt;DELIMITER</c>, the value's lines, <c>DELIMITER</c>. The runner reads it after the
/// step, line by line, so the value must not contain a line equal to the delimiter: a random
/// delimiter per value makes that impossible to arrange from the outside (a file name, say).
/// </summary>
internal static class StepOutputs
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static string Format(string name, string value, string delimiter)
    {
        // The runner joins the value's lines with "\n" and keeps no final newline of its own;
        // one left here would become an empty last line of the output.
        var lines = value.ReplaceLineEndings("\n").TrimEnd('\n');
        if (lines.Split('\n').Contains(delimiter, StringComparer.Ordinal))
            throw new ArgumentException($"The value of output '{name}' contains its delimiter.", nameof(value));
        return $"{name}<<{delimiter}\n{lines}\n{delimiter}\n";
    }

    public static string NewDelimiter() => "ghadelimiter_" + Guid.NewGuid().ToString("D");

    /// <summary>Appends the outputs; other steps' commands in the same file are left as they are.</summary>
    public static void Append(string path, IEnumerable<KeyValuePair<string, string>> outputs)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in outputs)
            text.Append(Format(name, value, NewDelimiter()));
        File.AppendAllText(path, text.ToString(), Utf8WithoutBom);
    }
}
