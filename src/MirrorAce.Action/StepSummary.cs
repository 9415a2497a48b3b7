using System.Text;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Action;

/// <summary>
/// The Markdown the run page shows for the step: the uploaded files as a table (name, size, link,
/// SHA-256; a split file's parts each have a row), how many were reused, and the failures. A long
/// table is cut, with a note, to fit GitHub's 1 MiB limit.
/// </summary>
internal static class StepSummary
{
    /// <summary>GitHub's limit for one step's summary file.</summary>
    public const int LimitBytes = SummaryFile.LimitBytes;

    /// <summary>Appends the summary to <paramref name="path"/>; false when the file has no room left.</summary>
    public static bool Append(string path, IReadOnlyList<FileUploadResult> results)
    {
        var text = Compose(
            results.Count,
            results.Count(r => r.Succeeded),
            results.Count(r => r.Reused),
            results.Where(r => r.Succeeded).SelectMany(r => r.Uploaded).ToList(),
            results.Where(r => !r.Succeeded).Select(r => new FailedUpload(r.Path, r.Error!)).ToList(),
            SummaryFile.Room(path));
        if (text is null) return false;
        SummaryFile.Append(path, text);
        return true;
    }

    /// <summary>The summary in at most <paramref name="budgetBytes"/> UTF-8 bytes; null when even a stub does not fit.</summary>
    /// <param name="requested">Files the run was asked for.</param>
    /// <param name="succeeded">Of those, the ones now on MirrorAce.</param>
    /// <param name="reused">Of those, the ones an earlier upload stood for.</param>
    /// <param name="rows">The table's rows: every succeeded file, or its parts.</param>
    /// <param name="failed">The files that failed.</param>
    /// <param name="budgetBytes">Room left in the summary file.</param>
    public static string? Compose(int requested, int succeeded, int reused, IReadOnlyList<UploadedFile> rows, IReadOnlyList<FailedUpload> failed, int budgetBytes)
    {
        string Build(int shown, int failures) => Render(requested, succeeded, reused, rows, shown, failed, failures);

        if (SummaryFile.Fits(Build(rows.Count, failed.Count), budgetBytes)) return Build(rows.Count, failed.Count);
        // Failures matter more than successes to whoever reads the summary: rows of the table go first.
        var shown = SummaryFile.Largest(rows.Count, r => SummaryFile.Fits(Build(r, failed.Count), budgetBytes));
        if (shown >= 0) return Build(shown, failed.Count);
        return SummaryFile.Fit(failed.Count, f => Build(0, f), budgetBytes);
    }

    private static string Render(int requested, int succeeded, int reused, IReadOnlyList<UploadedFile> rows, int shown, IReadOnlyList<FailedUpload> failed, int failures)
    {
        var text = new StringBuilder();
        text.Append("### MirrorAce\n\n");
        text.Append($"Uploaded {succeeded} of {requested} file{(requested == 1 ? "" : "s")}");
        text.Append(reused == 0
            ? ".\n\n"
            : $"; {reused} of them reused: MirrorAce still holds an earlier upload of the same file (active), so {(reused == 1 ? "it was" : "they were")} not sent again.\n\n");
        if (rows.Count > 0)
        {
            text.Append(LinksMarkdown.Render(rows.Take(shown)));
            if (shown < rows.Count)
                text.Append($"\n_{rows.Count - shown} more uploaded files are not listed here: a step summary holds at most 1 MiB. The step's `links` output lists them all._\n");
            text.Append('\n');
        }
        if (failed.Count > 0)
        {
            text.Append("**Not uploaded:**\n\n");
            foreach (var failure in failed.Take(failures))
                text.Append("- ").Append(LinksMarkdown.Escape(failure.Path)).Append(": ")
                    .Append(failure.Error.Code).Append(' ').Append(LinksMarkdown.Escape(failure.Error.Message)).Append('\n');
            if (failures < failed.Count)
                text.Append($"- _and {failed.Count - failures} more; see the step's log._\n");
            text.Append('\n');
        }
        return text.ToString();
    }
}
