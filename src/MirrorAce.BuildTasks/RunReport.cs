using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using MirrorAce.Output;
using MirrorAce.Publishing;

namespace MirrorAce.BuildTasks;

/// <summary>
/// Renders what the publish run did, once it is over, on the thread that runs <c>Execute</c>: every failure as a coded
/// error at its file, in input order; the links, the links file, the release notes' outcome and the failures in the
/// <see cref="BuildSummary"/>, announced last with <c>Project -> summary</c>.
/// </summary>
/// <param name="log">The task's log.</param>
/// <param name="baseDirectory">What relative paths resolve against, for error locations.</param>
/// <param name="dryRun">Whether the run only planned.</param>
/// <param name="release">The release's description when one was named; null for none.</param>
internal sealed class RunReport(TaskLoggingHelper log, string baseDirectory, bool dryRun, string? release)
{
    public void Render(PublishResult result, string? linksFile, string? summaryFile, string? projectName)
    {
        ArgumentNullException.ThrowIfNull(result);
        var summary = new BuildSummary(dryRun);
        if (result.Refused is { } refused)
        {
            Error(refused, refused.FilePath is null ? null : Location(refused.FilePath));
            summary.Add($"Nothing was {(dryRun ? "checked" : "uploaded")}: {refused.Code} (the build's errors say why and what to do).");
        }
        else if (dryRun)
        {
            DryRunReport.Write(log, result.Plan, release, summary, Location);
        }
        else
        {
            Uploads(result, linksFile, summary);
        }
        summary.Write(log, summaryFile, projectName);
    }

    private void Uploads(PublishResult result, string? linksFile, BuildSummary summary)
    {
        var failed = result.Files.Where(f => !f.Succeeded).ToList();
        foreach (var file in failed)
            Error(file.Error!, Location(file.Path));
        var headline = RunText.Headline(result.Files);
        log.LogMessage(MessageImportance.Normal, "MirrorAce: {0}", PrintableText.ForLog(headline));
        summary.Add(LinksMarkdown.Escape(headline));
        summary.AddFiles(result.Links);

        if (result.LinksError is { } notWritten)
            Error(notWritten, notWritten.FilePath);
        else if (linksFile is not null)
            summary.Add($"Links JSON: {LinksMarkdown.Escape(linksFile)}" + (result.LinksFileKept ? " (left as it was: no file of this run was uploaded)" : ""));

        if (result.Listing is { } listing)
            summary.Add(LinksMarkdown.Escape(RunText.ReleaseOutcome(listing, release ?? "the release")));
        if (result.ListingError is { } notListed)
        {
            Error(notListed, null);
            summary.Add(LinksMarkdown.Escape($"The notes of {release} were not written: {notListed.Code} (the build's errors say why)."));
        }
        summary.AddFailures(failed.Select(f => (f.Path, f.Error!.Code)));
    }

    private void Error(MirrorAceException error, string? location) => log.LogError(error, location);

    private string Location(string path) => Path.GetFullPath(path, baseDirectory);
}
