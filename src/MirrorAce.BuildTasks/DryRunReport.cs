using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using MirrorAce.Output;
using MirrorAce.Publishing;

namespace MirrorAce.BuildTasks;

/// <summary>
/// The dry run's answer in the build log, at high importance so it shows at the default verbosity: per file its size
/// and what the engine's plan says (<see cref="RunText.Plan"/>); what cannot be uploaded as the same coded errors a real
/// build would give. The same lines go to the <see cref="BuildSummary"/>, which the terminal logger points at.
/// </summary>
internal static class DryRunReport
{
    /// <param name="log">The task's log.</param>
    /// <param name="plan">The engine's plan.</param>
    /// <param name="release">The release whose notes a real build would write, for the last line; null for none.</param>
    /// <param name="summary">Gets the same lines.</param>
    /// <param name="location">Where an item's error points: its full path.</param>
    public static void Write(TaskLoggingHelper log, IReadOnlyList<PlanItem> plan, string? release, BuildSummary summary, Func<string, string> location)
    {
        log.LogMessage(MessageImportance.High, "MirrorAce: dry run: no file byte is sent, and no links file, cache or release notes are written");
        summary.Add("No file byte was sent, and no links file, cache or release notes were written.");
        foreach (var item in plan.Where(p => p.Plan.Error is null))
        {
            var what = RunText.Plan(item.Plan, item.Source);
            log.LogMessage(MessageImportance.High, "MirrorAce: dry run: {0} ({1}): {2}", PrintableText.ForLog(item.Name), ByteSize.Format(item.Size), PrintableText.ForLog(what));
            summary.Add($"- {LinksMarkdown.Escape(item.Name)} ({ByteSize.Format(item.Size)}): {LinksMarkdown.Escape(what)}");
        }

        var failed = plan.Where(p => p.Plan.Error is not null).ToList();
        foreach (var item in failed)
            log.LogError(item.Plan.Error!, location(item.Name));
        summary.AddFailures(failed.Select(p => (p.Name, p.Plan.Error!.Code)));
        // GitHub is not asked in a dry run: whether the token may edit the notes is only known when writing.
        var headline = RunText.PlanHeadline(plan.Count, failed.Count)
                       + (failed.Count == 0 && release is not null ? $" A real build would list them in the notes of {release}." : "");
        log.LogMessage(MessageImportance.High, "MirrorAce: {0}", PrintableText.ForLog(headline));
        summary.Add(LinksMarkdown.Escape(headline));
    }
}
