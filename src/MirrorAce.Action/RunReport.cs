using MirrorAce.Output;
using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.Action;

/// <summary>
/// Renders one publish run for GitHub: the step's outputs (links, urls, markdown), its summary, the log's last lines and an
/// annotation per failure, pinned to the file when it is one of the workspace's. The engine decided everything; this only says it.
/// </summary>
internal sealed class RunReport(GitHubContext github, WorkflowCommands log)
{
    /// <summary>Renders <paramref name="result"/>; true when the step succeeded.</summary>
    /// <param name="result">What the run did.</param>
    /// <param name="settings">What it was asked.</param>
    /// <param name="release">The release's description (<c>release 'v1' of owner/repo</c>), for one without a tag.</param>
    public bool Write(PublishResult result, ActionSettings settings, string? release)
    {
        if (result.Refused is { } refused)
        {
            // As for a wrong input: the step failed before it began, so it hands later steps nothing, not empty links.
            // An input's refusal says nothing was sent; a release that could not be read speaks of GitHub only.
            var more = refused.Step == UploadStep.Validate ? "" : " Nothing was uploaded.";
            log.Error(refused.Message + more, refused.Code, AnnotationFile(refused.FilePath, github.Workspace));
            return false;
        }

        var written = WriteOutputs(settings.DryRun ? [] : result.Links);
        if (settings.DryRun)
        {
            if (result.Plan.Count > 0) DryRunReport.Write(result.Plan, log, github.SummaryPath, github.Workspace);
        }
        else if (result.Files.Count > 0 || settings.Patterns.Count > 0)
        {
            if (result.Files.Count > 0 && github.SummaryPath is not null && !StepSummary.Append(github.SummaryPath, result.Files))
                log.Warning("The step summary is full (GitHub allows 1 MiB); the links are in the step's outputs.");
            log.Line(RunText.Headline(result.Files));
            foreach (var file in result.Files.Where(f => f.Succeeded))
            {
                foreach (var upload in file.Uploaded)
                    log.Line($"  {upload.Name} ({ByteSize.Format(upload.Size)}): {upload.Url}{(file.Reused ? " (reused)" : "")}");
            }
            foreach (var failure in result.Files.Where(f => !f.Succeeded))
                log.Error(failure.Error!.Message, failure.Error.Code, AnnotationFile(failure.Path, github.Workspace));
        }

        if (result.ListingError is { } listing)
            log.Error(listing.Message + " The files are uploaded: their links are in the step's outputs links, urls and markdown.", listing.Code);
        if (result.VerifyError is { } verify)
            log.Error("The links of the release could not be verified: " + verify.Message, verify.Code);
        else if (settings.Verify && result.Release is { } snapshot)
            LinkVerification.Write(result.ReleaseLinks, snapshot.Tag is { } tag ? $"release {tag}" : release ?? "the release", log, github.SummaryPath);
        return result.Succeeded && written;
    }

    /// <summary>
    /// An annotation points at a file of the repository only by a path relative to its root; a release asset's URL, a
    /// file outside the workspace, or a pattern that matched nothing, is none.
    /// </summary>
    public static string? AnnotationFile(string? path, string workspace)
    {
        if (string.IsNullOrEmpty(path) || path.Contains("://", StringComparison.Ordinal) || !File.Exists(Path.GetFullPath(path, workspace))) return null;
        var relative = Path.GetRelativePath(workspace, Path.GetFullPath(path, workspace)).Replace('\\', '/');
        return Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) ? null : relative;
    }

    /// <summary>Writes the step's outputs; false (MA1008, as a links file in the other doors) when the output file cannot be written.</summary>
    private bool WriteOutputs(IReadOnlyList<UploadedFile> uploaded)
    {
        if (github.OutputPath is null)
        {
            log.Line("GITHUB_OUTPUT is not set (not run by GitHub Actions?): the outputs links, urls and markdown are not written.");
            return true;
        }
        try
        {
            StepOutputs.Append(github.OutputPath,
            [
                new("links", LinksJson.Render(uploaded)),
                new("urls", string.Join('\n', uploaded.Select(f => f.Url))),
                new("markdown", uploaded.Count == 0 ? "" : LinksMarkdown.Render(uploaded)),
            ]);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Later steps would read no links: the step fails, and the log below still lists every link.
            var error = Errors.LinksNotWritten(github.OutputPath, e.Message, UploadAction.Terms with { LinksFile = "the runner's GITHUB_OUTPUT" });
            log.Error(error.Message, error.Code);
            return false;
        }
    }
}
