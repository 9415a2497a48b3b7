namespace MirrorAce.Tests.Infra;

/// <summary>
/// Reads a GITHUB_OUTPUT file the way the runner does: <c>name=value</c> lines, and
/// <c>name&lt;&lt;DELIMITER</c> blocks whose value is the lines up to a line equal to DELIMITER,
/// joined with "\n". Strict where the runner is: an unterminated block is an error.
/// </summary>
public static class OutputFileReader
{
    public static IReadOnlyDictionary<string, string> Read(string text)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            var heredoc = line.IndexOf("<<", StringComparison.Ordinal);
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (heredoc > 0 && (equals < 0 || heredoc < equals))
            {
                var name = line[..heredoc];
                var delimiter = line[(heredoc + 2)..];
                var value = new List<string>();
                for (i++; ; i++)
                {
                    if (i >= lines.Length) throw new FormatException($"Output '{name}': no line '{delimiter}' ends it.");
                    if (lines[i] == delimiter) break;
                    value.Add(lines[i]);
                }
                outputs[name] = string.Join('\n', value);
            }
            else if (equals > 0)
            {
                outputs[line[..equals]] = line[(equals + 1)..];
            }
            else
            {
                throw new FormatException($"Not an output command: '{line}'.");
            }
        }
        return outputs;
    }
}
