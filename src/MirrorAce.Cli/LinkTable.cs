using MirrorAce.Output;
using MirrorAce.Publishing;

namespace MirrorAce.Cli;

/// <summary>What <c>status</c> and <c>--verify</c> print: one row per link with its health, then one line for all of them.</summary>
internal static class LinkTable
{
    /// <param name="results">Where the table goes.</param>
    /// <param name="stderr">Where a warning per link not healthy goes.</param>
    /// <param name="links">The links and their health.</param>
    /// <param name="release">For <c>--verify</c>, the release whose notes list them: the last line names it, as the action's does.</param>
    public static void Write(TextWriter results, TextWriter stderr, IReadOnlyList<(string Label, LinkHealth Health)> links, string? release = null)
    {
        var headline = RunText.HealthHeadline(links.Select(l => l.Health).ToList());
        if (release is not null) headline = $"The notes of {release}: {headline}";
        if (links.Count == 0)
        {
            results.WriteLine(headline);
            return;
        }
        var width = Math.Max(4, links.Max(l => l.Label.Length));
        foreach (var (label, health) in links)
        {
            var info = health.Info;
            results.WriteLine($"{label.PadRight(width)}  {health.Describe(),-17}  {(info.Size is { } size ? ByteSize.Format(size) : "")}  {info.Url ?? ""}");
        }
        results.WriteLine();
        results.WriteLine(headline);
        foreach (var (label, health) in links.Where(l => !l.Health.Healthy))
            stderr.WriteLine($"mirrorace: warning: {label}: MirrorAce reports it as {health.Describe()}; upload the file again (a run with the file replaces its link).");
    }
}
