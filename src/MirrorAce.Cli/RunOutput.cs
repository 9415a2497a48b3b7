namespace MirrorAce.Cli;

/// <summary>
/// Where each kind of output of an <c>upload</c> or <c>mirror</c> run goes: results on stdout, progress, notices and
/// errors on stderr. When stdout carries a document (<c>--json</c>, or <c>-</c> as a links file), it carries that alone
/// and the summary table moves to stderr, so a script can pipe it.
/// </summary>
internal sealed record RunOutput(string? LinksJson, string? LinksMarkdown, bool Json, bool Quiet, TextWriter Stdout, TextWriter Stderr)
{
    /// <summary>Whether the run only plans: no links document is printed.</summary>
    public bool DryRun { get; init; }

    /// <summary>Whether the release's links are checked at the end.</summary>
    public bool Verify { get; init; }

    /// <summary>The file name that means stdout.</summary>
    public const string StandardOutput = "-";

    public bool JsonToStdout => Json || LinksJson == StandardOutput;

    public bool MarkdownToStdout => LinksMarkdown == StandardOutput;

    /// <summary>The links JSON file to write, if it is a file.</summary>
    public string? LinksJsonFile => LinksJson == StandardOutput ? null : LinksJson;

    /// <summary>The Markdown file to write, if it is a file.</summary>
    public string? LinksMarkdownFile => LinksMarkdown == StandardOutput ? null : LinksMarkdown;

    /// <summary>Where the summary table and the dry-run plan go.</summary>
    public TextWriter Results => JsonToStdout || MarkdownToStdout ? Notices : Stdout;

    /// <summary>Where progress and notices go: nowhere with <c>--quiet</c>.</summary>
    public TextWriter Notices => Quiet ? TextWriter.Null : Stderr;

    /// <summary>Refuses two documents on stdout at once.</summary>
    public RunOutput Checked() => JsonToStdout && MarkdownToStdout
        ? throw CommonOptions.Bad("stdout can carry the links JSON (--json or --links-json -) or the Markdown (--links-markdown -), not both; write one of them to a file")
        : this;
}
