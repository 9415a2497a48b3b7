using MirrorAce.Files;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Action;

/// <summary>
/// One run of the action: secrets masked, inputs checked, files found in the workspace, uploaded,
/// and the links handed to later steps, also when some files failed.
/// </summary>
internal sealed class UploadAction(ActionInputs inputs, GitHubContext github, WorkflowCommands log)
{
    public const int Succeeded = 0;
    public const int Failed = 1;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        SecretMasking.MaskSecretInputs(inputs, log);

        var problems = new List<MirrorAceException>();
        var settings = ActionSettings.Read(inputs, problems);
        if (settings is null)
        {
            foreach (var problem in problems) log.Error(problem.Message, problem.Code);
            return Failed;
        }

        FileSelectionResult selection;
        try
        {
            selection = WorkspaceFiles.Find(settings.Patterns, github.Workspace);
        }
        catch (MirrorAceException e)
        {
            log.Error(e.Message, e.Code);
            return Failed;
        }
        if (selection.Files.Count == 0) return NoFilesFound(settings);
        foreach (var pattern in selection.Unmatched)
        {
            var message = $"No file matches '{pattern}'; the files the other patterns found are uploaded.";
            if (settings.IfNoFilesFound == IfNoFilesFound.Ignore) log.Line(message);
            else log.Warning(message, ErrorCodes.NoFilesMatched);
        }

        var results = await UploadAsync(settings, selection.Files, cancellationToken);
        if (results is null) return Failed;

        var uploaded = results.Where(r => r.Succeeded).Select(r => r.File!).ToList();
        WriteOutputs(uploaded);
        WriteSummary(results);
        Report(results);
        ReportReleaseNotes(settings);
        return uploaded.Count == results.Count ? Succeeded : Failed;
    }

    private int NoFilesFound(ActionSettings settings)
    {
        var message = $"No files were found with the provided path: {string.Join(", ", settings.Patterns)}. Nothing was uploaded.";
        WriteOutputs([]);
        switch (settings.IfNoFilesFound)
        {
            case IfNoFilesFound.Error:
                log.Error(message, ErrorCodes.NoFilesMatched);
                return Failed;
            case IfNoFilesFound.Warn:
                log.Warning(message, ErrorCodes.NoFilesMatched);
                return Succeeded;
            default:
                log.Line(message);
                return Succeeded;
        }
    }

    private async Task<IReadOnlyList<FileUploadResult>?> UploadAsync(ActionSettings settings, IReadOnlyList<string> files, CancellationToken ct)
    {
        var options = new UploadOptions
        {
            ApiUrl = settings.ApiUrl,
            Mirrors = settings.Mirrors,
            ChunkSize = settings.ChunkSize,
            Parallelism = settings.Parallel,
            FilePassword = settings.FilePassword,
            BaseDirectory = github.Workspace,
            Listener = new LogProgress(log),
        };
        log.Group($"Uploading {files.Count} file{(files.Count == 1 ? "" : "s")} to MirrorAce ({settings.ApiUrl.Host})");
        MirrorAceException? runError = null;
        try
        {
            return await new MirrorAceUploader(settings.Credentials, options)
                .UploadAsync(files.Select(f => new UploadRequest(f)).ToList(), ct);
        }
        catch (MirrorAceException e)
        {
            // Raised for the run as a whole (an insecure API URL, say), before any file was tried.
            runError = e;
            return null;
        }
        finally
        {
            log.EndGroup();
            if (runError is not null) log.Error(runError.Message, runError.Code);
        }
    }

    private void WriteOutputs(List<UploadedFile> uploaded)
    {
        if (github.OutputPath is null)
        {
            log.Line("GITHUB_OUTPUT is not set (not run by GitHub Actions?): the outputs links, urls and markdown are not written.");
            return;
        }
        StepOutputs.Append(github.OutputPath,
        [
            new("links", LinksJson.Render(uploaded)),
            new("urls", string.Join('\n', uploaded.Select(f => f.Url))),
            new("markdown", uploaded.Count == 0 ? "" : LinksMarkdown.Render(uploaded)),
        ]);
    }

    private void WriteSummary(IReadOnlyList<FileUploadResult> results)
    {
        if (github.SummaryPath is not null && !StepSummary.Append(github.SummaryPath, results))
            log.Warning("The step summary is full (GitHub allows 1 MiB); the links are in the step's outputs.");
    }

    private void Report(IReadOnlyList<FileUploadResult> results)
    {
        log.Line($"Uploaded {results.Count(r => r.Succeeded)} of {results.Count} file{(results.Count == 1 ? "" : "s")}.");
        foreach (var result in results.Where(r => r.Succeeded))
            log.Line($"  {result.File!.Name} ({ByteSize.Format(result.File.Size)}): {result.File.Url}");
        foreach (var failure in results.Where(r => !r.Succeeded))
        {
            // An annotation points at a file of the repository only by a path relative to its root.
            var file = Path.IsPathRooted(failure.Path) ? null : failure.Path.Replace('\\', '/');
            log.Error(failure.Error!.Message, failure.Error.Code, file);
        }
    }

    private void ReportReleaseNotes(ActionSettings settings)
    {
        if (ReleaseTarget.Resolve(settings.ReleaseTag, github) is not { } release) return;
        var message = $"Release {release.Tag}: this build of the action does not write release notes yet; the links are in the step's outputs links, urls and markdown."
            + (settings.GitHubToken is null ? " Note that writing them will need the input 'github-token', which is empty." : "");
        // Asked for explicitly, it is worth an annotation; merely implied by the event, a log line.
        if (release.FromInput) log.Warning(message);
        else log.Line(message);
    }
}
