namespace MirrorAce.Cli;

/// <summary>One line on stderr per failure: the code, the file, what went wrong and what to do.</summary>
internal static class ErrorLine
{
    public static void Write(TextWriter stderr, MirrorAceException error) => Write(stderr, error.Code, error.Message);

    // A message of several lines (System.CommandLine lists allowed values one a line) is joined: one failure, one line.
    public static void Write(TextWriter stderr, string code, string message) =>
        stderr.WriteLine($"mirrorace: error {code}: {string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}");
}
