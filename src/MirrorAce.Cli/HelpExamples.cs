namespace MirrorAce.Cli;

/// <summary>The "Examples:" section printed after a command's <c>--help</c>: the common uses, ready to copy.</summary>
internal static class HelpExamples
{
    public static string[] For(string command) => command switch
    {
        "upload" =>
        [
            "mirrorace upload 'dist/*.zip' --links-json links.json",
            "mirrorace upload app.zip --mirrors 1,3 --dry-run",
            "mirrorace upload 'dist/**' --json --quiet > links.json",
            "mirrorace upload -- -odd-name.zip",
        ],
        "mirror" =>
        [
            "mirrorace mirror https://github.com/me/app/releases/download/v1.0/app.zip --links-json links.json",
        ],
        "status" =>
        [
            "mirrorace status links.json",
            "mirrorace status links.json --json | jq -r '.[] | select(.active | not) | .input'",
        ],
        "completion" =>
        [
            "source <(mirrorace completion bash)",
            "mirrorace completion zsh > \"${fpath[1]}/_mirrorace\"",
            "mirrorace completion pwsh | Out-String | Invoke-Expression",
        ],
        _ =>
        [
            "mirrorace upload 'dist/*.zip' --links-json links.json",
            "mirrorace status links.json",
            "mirrorace upload --help",
        ],
    };

    public static void Write(TextWriter output, string command)
    {
        output.WriteLine("Examples:");
        foreach (var example in For(command))
            output.WriteLine("  " + example);
        output.WriteLine();
    }
}
