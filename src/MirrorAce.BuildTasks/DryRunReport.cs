using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using MirrorAce.Output;

namespace MirrorAce.BuildTasks;

/// <summary>
/// The dry run's answer in the build log, at high importance so it shows at the default verbosity:
/// per file its size, the requests its bytes would take and the mirrors, or the earlier upload that
/// would be reused; what cannot be uploaded as the same coded errors a real build would give. The same
/// lines go to the <see cref="BuildSummary"/>, which the terminal logger points at.
/// </summary>
internal static class DryRunReport
{
    public static void Write(TaskLoggingHelper log, IReadOnlyList<FilePlan> plans, ReleaseNotesWriter? notes, BuildSummary summary)
    {
        log.LogMessage(MessageImportance.High, "MirrorAce: dry run: no file byte is sent, and no links file, cache or release notes are written");
        summary.Add("No file byte was sent, and no links file, cache or release notes were written.");
        foreach (var (request, plan, reuses) in plans)
        {
            if (plan.Error is not null) continue;
            var what = reuses.Count > 0
                ? $"would reuse {IncrementalUpload.Links(reuses)} (unchanged since it was uploaded, and MirrorAce still has it)"
                : $"{plan.Chunks} request{(plan.Chunks == 1 ? "" : "s")} to mirrors {string.Join(", ", plan.Mirrors)}"
                  + (plan.Parts > 1 ? $", split into {plan.Parts} parts" : "");
            log.LogMessage(MessageImportance.High, "MirrorAce: dry run: {0} ({1}): {2}", PrintableText.ForLog(request.ItemSpec), ByteSize.Format(plan.Size), PrintableText.ForLog(what));
            summary.Add($"- {LinksMarkdown.Escape(request.ItemSpec)} ({ByteSize.Format(plan.Size)}): {LinksMarkdown.Escape(what)}");
        }

        var failed = plans.Where(p => p.Plan.Error is not null).ToList();
        foreach (var plan in failed)
            log.LogError(plan.Plan.Error!, plan.Request.FullPath);
        summary.AddFailures(failed.Select(p => (p.Request.ItemSpec, p.Plan.Error!.Code)));
        if (failed.Count > 0) return;
        // Only files that would be sent are checked against the account's limits; reused ones were confirmed through file/info.
        var checks = plans.Any(p => p.Reuses.Count == 0)
            ? "credentials, mirrors and size limits were checked with MirrorAce"
            : "MirrorAce confirmed every earlier upload";
        var release = notes is null ? "" : $"; they would be listed in the notes of {notes.Description} (whether the token may edit them is only known when writing)";
        log.LogMessage(MessageImportance.High, "MirrorAce: dry run: {0} file{1} ready: {2}{3}",
            plans.Count, plans.Count == 1 ? "" : "s", checks, PrintableText.ForLog(release));
        summary.Add(LinksMarkdown.Escape($"{plans.Count} file{(plans.Count == 1 ? "" : "s")} ready: {checks}{release}"));
    }
}
