using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.Output;

/// <summary>
/// The words of a run, once for every door: what a plan, a result, the release-notes outcome and a link check say.
/// Doors only decide where a line goes (a console, a workflow log, an MSBuild message) and how it is escaped there.
/// </summary>
public static class RunText
{
    /// <summary>A file or URL begins: <c>dist/app.zip: uploading 12.0 MiB</c>.</summary>
    public static string Started(string path, long size) =>
        size > 0 ? $"{path}: uploading {ByteSize.Format(size)}" : $"{path}: MirrorAce is fetching it";

    /// <summary>A tenth of a file is out: <c>dist/app.zip: 30% (3.6 MiB of 12.0 MiB)</c>.</summary>
    public static string Progress(string path, int tenth, long sent, long size) =>
        $"{path}: {tenth * 10}% ({ByteSize.Format(sent)} of {ByteSize.Format(size)})";

    /// <summary>A retry, a restart or a reuse, naming its file.</summary>
    public static string Notice(UploadNotice notice) => notice.Path is null ? notice.Message : $"{notice.Path}: {notice.Message}";

    /// <summary>A file is done or failed.</summary>
    public static string Finished(FileUploadResult result) =>
        result.Succeeded ? $"{result.Path}: {(result.Reused ? "reused" : "done")}, {result.File.Url}" : $"{result.Path}: failed ({result.Error.Code})";

    /// <summary>What a dry run would do with one file: its requests and mirrors, the earlier upload it reuses, or why it cannot.</summary>
    public static string Plan(PlannedUpload plan, Uri? fetchedFrom = null)
    {
        if (plan.Error is { } error) return $"cannot be uploaded ({error.Code})";
        if (plan.ReusedFrom is { } earlier) return $"would reuse {earlier.Url}";
        var mirrors = $"to mirrors {string.Join(", ", plan.Mirrors)}";
        if (fetchedFrom is not null) return $"MirrorAce would fetch it from {fetchedFrom.AbsoluteUri}, {mirrors}";
        return $"{Count(plan.Chunks, "request")} {mirrors}" + (plan.Parts > 1 ? $", split into {plan.Parts} parts" : "");
    }

    /// <summary>The dry run's last line.</summary>
    public static string PlanHeadline(int files, int failed) => failed == 0
        ? $"Dry run: {Count(files, "file")} ready; credentials, mirrors and size limits were checked with MirrorAce. Nothing was uploaded."
        : $"Dry run: {failed} of {Count(files, "file")} cannot be uploaded. Nothing was uploaded.";

    /// <summary>The run's last line: how many files are on MirrorAce, how many of them were there already.</summary>
    public static string Headline(IReadOnlyList<FileUploadResult> results)
    {
        var reused = results.Count(r => r.Succeeded && r.Reused);
        return $"Uploaded {results.Count(r => r.Succeeded)} of {Count(results.Count, "file")}."
            + (reused == 0 ? "" : $" {reused} of them reused an earlier upload of the same bytes (not sent again).");
    }

    /// <summary>What listing the files did to the release's notes, in one line.</summary>
    public static string ReleaseOutcome(ReleaseNotesOutcome outcome, string description)
    {
        var release = outcome.Tag is { } tag ? $"release {tag}" : description;
        var page = outcome.HtmlUrl is null ? "" : $" ({outcome.HtmlUrl})";
        if (!outcome.Changed) return $"Release notes of {release}: unchanged, all {outcome.AlreadyListed.Count} files already listed{page}.";
        var superseded = outcome.Superseded.Count == 0 ? ""
            : $"; {outcome.Superseded.Count} left to a later upload of the same name by another job ({string.Join(", ", outcome.Superseded)})";
        var created = outcome.Created ? " (created by this run)" : "";
        return $"Release notes of {release}{created}: {outcome.Added.Count} added, {outcome.Replaced.Count} replaced, {outcome.AlreadyListed.Count} already listed{superseded}{page}.";
    }

    /// <summary>A link check's last line: <c>All 3 active.</c>, <c>1 of 3 not active.</c></summary>
    public static string HealthHeadline(IReadOnlyList<LinkHealth> checks)
    {
        var broken = checks.Count(c => !c.Healthy);
        return checks.Count == 0 ? "No links to check." : broken == 0 ? $"All {checks.Count} active." : $"{broken} of {checks.Count} not active.";
    }

    /// <summary><c>1 file</c>, <c>2 files</c>.</summary>
    public static string Count(long count, string thing) => $"{count} {thing}{(count == 1 ? "" : "s")}";
}
