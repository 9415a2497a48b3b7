using System.Text;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Action;

/// <summary>
/// The Markdown the run page shows for the step: the uploaded files as a table (name, size, link,
/// SHA-256) and the failures. GitHub refuses a step summary over 1 MiB and then shows nothing of
/// it, so a long table is cut, with a note, to fit.
/// </summary>
internal static class StepSummary
{
    /// <summary>GitHub's limit for one step's summary file.</summary>
    public const int LimitBytes = 1024 * 1024;

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Appends the summary to <paramref name="path"/>; false when the file has no room left.</summary>
    public static bool Append(string path, IReadOnlyList<FileUploadResult> results)
    {
        var existing = File.Exists(path) ? new FileInfo(path).Length : 0;
        var text = Compose(
            results.Count,
            results.Where(r => r.Succeeded).Select(r => r.File!).ToList(),
            results.Where(r => !r.Succeeded).Select(r => new FailedUpload(r.Path, r.Error!)).ToList(),
            (int)Math.Max(0, LimitBytes - existing));
        if (text is null) return false;
        File.AppendAllText(path, text, Utf8WithoutBom);
        return true;
    }

    /// <summary>The summary in at most <paramref name="budgetBytes"/> UTF-8 bytes; null when even a stub does not fit.</summary>
    public static string? Compose(int requested, IReadOnlyList<UploadedFile> uploaded, IReadOnlyList<FailedUpload> failed, int budgetBytes)
    {
        string Build(int rows, int failures) => Render(requested, uploaded, rows, failed, failures);
        bool Fits(string text) => Utf8WithoutBom.GetByteCount(text) <= budgetBytes;

        if (Fits(Build(uploaded.Count, failed.Count))) return Build(uploaded.Count, failed.Count);
        // Failures matter more than successes to whoever reads the summary: rows of the table go first.
        var rows = Largest(uploaded.Count, r => Fits(Build(r, failed.Count)));
        if (rows >= 0) return Build(rows, failed.Count);
        var failures = Largest(failed.Count, f => Fits(Build(0, f)));
        return failures >= 0 ? Build(0, failures) : null;
    }

    private static string Render(int requested, IReadOnlyList<UploadedFile> uploaded, int rows, IReadOnlyList<FailedUpload> failed, int failures)
    {
        var text = new StringBuilder();
        text.Append("### MirrorAce\n\n");
        text.Append($"Uploaded {uploaded.Count} of {requested} file{(requested == 1 ? "" : "s")}.\n\n");
        if (uploaded.Count > 0)
        {
            text.Append(LinksMarkdown.Render(uploaded.Take(rows)));
            if (rows < uploaded.Count)
                text.Append($"\n_{uploaded.Count - rows} more uploaded files are not listed here: a step summary holds at most 1 MiB. The step's `links` output lists them all._\n");
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

    /// <summary>The largest n in [0, max] with fits(n), by bisection (fits is monotone); -1 when none.</summary>
    private static int Largest(int max, Func<int, bool> fits)
    {
        if (!fits(0)) return -1;
        int low = 0, high = max;
        while (low < high)
        {
            var middle = low + (high - low + 1) / 2;
            if (fits(middle)) low = middle;
            else high = middle - 1;
        }
        return low;
    }
}
