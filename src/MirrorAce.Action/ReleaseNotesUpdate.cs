using MirrorAce.GitHub;
using MirrorAce.Upload;

namespace MirrorAce.Action;

/// <summary>
/// Lists the run's files in the release's notes, after the upload. A failure here does not undo the upload:
/// it is an error annotation and a failed step, and the links stay in the step's outputs.
/// </summary>
internal static class ReleaseNotesUpdate
{
    /// <summary>Merges <paramref name="files"/> into the notes; false when GitHub refused or could not be reached.</summary>
    public static async Task<bool> PublishAsync(ReleaseTarget target, IReadOnlyList<UploadedFile> files, ReleaseNotesOptions options, WorkflowCommands log, CancellationToken ct)
    {
        if (files.Count == 0) return true;
        try
        {
            var result = await ReleaseNotesPublisher.PublishAsync(target, files, options, ct);
            log.Line(Describe(result, target));
            return true;
        }
        catch (MirrorAceException e)
        {
            log.Error(e.Message + " The files are uploaded: their links are in the step's outputs links, urls and markdown.", e.Code);
            return false;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            log.Line($"Cancelled: the notes of {target.Description} may not list this run's files; the links are in the step's outputs.");
            return false;
        }
    }

    /// <summary>What changed, in one log line.</summary>
    public static string Describe(ReleaseNotesResult result, ReleaseTarget target)
    {
        var release = result.Tag is { } tag ? $"release {tag}" : target.Description;
        var page = result.HtmlUrl is null ? "" : $" ({result.HtmlUrl})";
        var superseded = result.Superseded.Count == 0 ? ""
            : $"; {result.Superseded.Count} left to a later upload of the same name by another job ({string.Join(", ", result.Superseded)})";
        var created = result.Created ? " (created by this job)" : "";
        return result.Changed
            ? $"Release notes of {release}{created}: {result.Added.Count} added, {result.Replaced.Count} replaced, {result.AlreadyListed.Count} already listed{superseded}{page}."
            : $"Release notes of {release}: unchanged, all {result.AlreadyListed.Count} files already listed{page}.";
    }
}
