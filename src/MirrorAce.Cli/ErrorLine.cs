namespace MirrorAce.Cli;

/// <summary>One line on stderr per failure: the code, the file, what went wrong and what to do.</summary>
internal static class ErrorLine
{
    public static void Write(TextWriter stderr, MirrorAceException error) =>
        stderr.WriteLine($"mirrorace: error {error.Code}: {error.Message}");

    public static void Write(TextWriter stderr, string code, string message) =>
        stderr.WriteLine($"mirrorace: error {code}: {message}");
}
