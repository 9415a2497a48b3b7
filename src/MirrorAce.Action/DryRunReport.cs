using System.Text;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Action;

/// <summary>
/// The <c>dry-run</c> input's answer: what a run would do with each file and release asset (size, requests,
/// mirrors, what would be reused), in the log and the step summary. The plan comes from the engine, which
/// checked credentials, mirrors and size limits with the server; no file byte was sent.
/// </summary>
internal static class DryRunReport
{
    /// <summary>One line of the plan.</summary>
    /// <param name="Name">The file, or the asset's name.</param>
    /// <param name="Size">Bytes.</param>
    /// <param name="Plan">The engine's plan for it.</param>
    /// <param name="Source">For a release asset, the URL MirrorAce would fetch.</param>
    public sealed record Item(string Name, long Size, PlannedUpload Plan, Uri? Source = null);

    /// <summary>Writes the plan; false when any item cannot be uploaded (each one is an error annotation).</summary>
    public static bool Write(IReadOnlyList<Item> items, WorkflowCommands log, string? summaryPath)
    {
        log.Group("Dry run: nothing is uploaded and the release notes are left alone");
        foreach (var item in items)
            log.Line($"{item.Name}  {ByteSize.Format(item.Size)}  {Describe(item)}");
        log.EndGroup();

        var failed = items.Where(i => i.Plan.Error is not null).ToList();
        foreach (var item in failed)
            log.Error(item.Plan.Error!.Message, item.Plan.Error.Code, item.Source is null && !Path.IsPathRooted(item.Name) ? item.Name.Replace('\\', '/') : null);
        log.Line(Headline(items.Count, failed.Count));

        if (summaryPath is not null)
        {
            var text = SummaryFile.Fit(items.Count, n => Render(items, n, failed.Count), SummaryFile.Room(summaryPath));
            if (text is null) log.Warning("The step summary is full (GitHub allows 1 MiB); the plan is in the log.");
            else SummaryFile.Append(summaryPath, text);
        }
        return failed.Count == 0;
    }

    private static string Headline(int count, int failed) => failed == 0
        ? $"Dry run: {count} file{(count == 1 ? "" : "s")} ready; credentials, mirrors and size limits were checked with MirrorAce. Nothing was uploaded."
        : $"Dry run: {failed} of {count} files cannot be uploaded. Nothing was uploaded.";

    private static string Describe(Item item)
    {
        var plan = item.Plan;
        if (plan.Error is { } error) return $"cannot be uploaded ({error.Code})";
        if (plan.ReusedFrom is { } earlier) return $"would reuse {earlier.Url}";
        var mirrors = $"to mirrors {string.Join(", ", plan.Mirrors)}";
        if (item.Source is { } source) return $"MirrorAce would fetch it from {source.AbsoluteUri} (release asset), {mirrors}";
        return $"{plan.Chunks} request{(plan.Chunks == 1 ? "" : "s")} {mirrors}" + (plan.Parts > 1 ? $", split into {plan.Parts} parts" : "");
    }

    private static string Render(IReadOnlyList<Item> items, int shown, int failed)
    {
        var text = new StringBuilder();
        text.Append("### MirrorAce dry run\n\n");
        text.Append(LinksMarkdown.Escape(Headline(items.Count, failed))).Append(" The release notes were left alone.\n\n");
        if (items.Count == 0) return text.ToString();
        text.Append("| File | Size | Plan | Mirrors |\n| --- | ---: | --- | --- |\n");
        foreach (var item in items.Take(shown))
        {
            text.Append("| ").Append(LinksMarkdown.Escape(item.Name))
                .Append(" | ").Append(ByteSize.Format(item.Size))
                .Append(" | ").Append(LinksMarkdown.Escape(Describe(item) + (item.Plan.Error is { } e ? ": " + e.Message : "")))
                .Append(" | ").Append(LinksMarkdown.Escape(string.Join(", ", item.Plan.Mirrors)))
                .Append(" |\n");
        }
        if (shown < items.Count)
            text.Append($"\n_{items.Count - shown} more files are not listed here: a step summary holds at most 1 MiB. The log lists them all._\n");
        return text.Append('\n').ToString();
    }
}
