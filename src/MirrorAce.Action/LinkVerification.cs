using System.Text;
using MirrorAce.Output;
using MirrorAce.Publishing;

namespace MirrorAce.Action;

/// <summary>
/// The <c>verify</c> input's answer: what MirrorAce says now of every link the release's notes list (the engine's check,
/// one <see cref="LinkHealth"/> rule). A link not active is a warning, not a failure: nothing this job did caused it.
/// </summary>
internal static class LinkVerification
{
    /// <summary>Writes every link to the log, a warning per link not healthy, and a table to the step summary; <c>release</c> reads <c>release v1.0</c>.</summary>
    public static void Write(IReadOnlyList<ReleaseLink> links, string release, WorkflowCommands log, string? summaryPath)
    {
        var where = $"the notes of {release}";
        log.Group($"Verifying the {RunText.Count(links.Count, "MirrorAce link")} in {where}");
        foreach (var link in links)
            log.Line($"{link.Row.Name}: {link.Health.Describe()}, {link.Row.Url}");
        log.EndGroup();
        foreach (var link in links.Where(l => !l.Health.Healthy))
            log.Warning($"{link.Row.Name}: MirrorAce reports {link.Row.Url} as {link.Health.Describe()}. Upload the file again (a re-run with the file uploads it and replaces its row).",
                "MirrorAce link not active");
        log.Line($"The notes of {release}: {RunText.HealthHeadline(links.Select(l => l.Health).ToList())}");

        if (summaryPath is not null)
        {
            var text = SummaryFile.Fit(links.Count, n => Render(release, links, n), SummaryFile.Room(summaryPath));
            if (text is null) log.Warning("The step summary is full (GitHub allows 1 MiB); the link check is in the log.");
            else SummaryFile.Append(summaryPath, text);
        }
    }

    private static string Render(string release, IReadOnlyList<ReleaseLink> links, int shown)
    {
        var text = new StringBuilder();
        text.Append($"### MirrorAce links of {LinksMarkdown.Escape(release)}\n\n");
        text.Append(RunText.HealthHeadline(links.Select(l => l.Health).ToList())).Append("\n\n");
        if (links.Count == 0) return text.ToString();
        text.Append("| File | Link | Status |\n| --- | --- | --- |\n");
        foreach (var link in links.Take(shown))
        {
            text.Append("| ").Append(LinksMarkdown.Escape(link.Row.Name))
                .Append(" | ").Append(LinksMarkdown.Link(link.Row.Slug, link.Row.Url))
                .Append(" | ").Append(link.Health.Healthy ? "" : "⚠️ ").Append(LinksMarkdown.Escape(link.Health.Describe())).Append(" |\n");
        }
        if (shown < links.Count)
            text.Append($"\n_{links.Count - shown} more links are not listed here: a step summary holds at most 1 MiB. The log lists them all._\n");
        return text.Append('\n').ToString();
    }
}
