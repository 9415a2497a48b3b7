using System.Text;
using MirrorAce.Output;
using MirrorAce.Publishing;

namespace MirrorAce.Action;

/// <summary>
/// The <c>dry-run</c> input's answer in the log and the step summary: the engine's plan for each file and release asset,
/// in the words every door uses (<see cref="RunText"/>). No file byte was sent; the release notes were left alone.
/// </summary>
internal static class DryRunReport
{
    /// <summary>Writes the plan; each item that cannot be uploaded is an error annotation.</summary>
    public static void Write(IReadOnlyList<PlanItem> items, WorkflowCommands log, string? summaryPath, string workspace)
    {
        log.Group("Dry run: nothing is uploaded and the release notes are left alone");
        foreach (var item in items)
            log.Line($"{item.Name}  {ByteSize.Format(item.Size)}  {RunText.Plan(item.Plan, item.Source)}");
        log.EndGroup();

        var failed = items.Where(i => i.Plan.Error is not null).ToList();
        foreach (var item in failed)
            log.Error(item.Plan.Error!.Message, item.Plan.Error.Code, item.Source is null ? RunReport.AnnotationFile(item.Name, workspace) : null);
        log.Line(RunText.PlanHeadline(items.Count, failed.Count));

        if (summaryPath is not null)
        {
            var text = SummaryFile.Fit(items.Count, n => Render(items, n, failed.Count), SummaryFile.Room(summaryPath));
            if (text is null) log.Warning("The step summary is full (GitHub allows 1 MiB); the plan is in the log.");
            else SummaryFile.Append(summaryPath, text);
        }
    }

    private static string Render(IReadOnlyList<PlanItem> items, int shown, int failed)
    {
        var text = new StringBuilder();
        text.Append("### MirrorAce dry run\n\n");
        text.Append(LinksMarkdown.Escape(RunText.PlanHeadline(items.Count, failed))).Append(" The release notes were left alone.\n\n");
        if (items.Count == 0) return text.ToString();
        text.Append("| File | Size | Plan | Mirrors |\n| --- | ---: | --- | --- |\n");
        foreach (var item in items.Take(shown))
        {
            text.Append("| ").Append(LinksMarkdown.Escape(item.Name))
                .Append(" | ").Append(ByteSize.Format(item.Size))
                .Append(" | ").Append(LinksMarkdown.Escape(RunText.Plan(item.Plan, item.Source) + (item.Plan.Error is { } e ? ": " + e.Message : "")))
                .Append(" | ").Append(LinksMarkdown.Escape(string.Join(", ", item.Plan.Mirrors)))
                .Append(" |\n");
        }
        if (shown < items.Count)
            text.Append($"\n_{items.Count - shown} more files are not listed here: a step summary holds at most 1 MiB. The log lists them all._\n");
        return text.Append('\n').ToString();
    }
}
