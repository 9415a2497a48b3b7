using MirrorAce.Files;
using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Action;

/// <summary>
/// One run of the action: secrets masked, inputs checked, the release read, files found in the workspace and
/// uploaded (or reused), the release's assets mirrored, the links handed to later steps and listed in the
/// release's notes, also when some files failed; or, for a dry run, the plan of all that.
/// </summary>
internal sealed class UploadAction(ActionInputs inputs, GitHubContext github, WorkflowCommands log)
{
    public const int Succeeded = 0;
    public const int Failed = 1;

    private ReleaseNotesOptions GitHubOptions(ActionSettings settings) => ReleaseNotesOptions.Default with
    {
        OnNotice = log.Line,
        CreateRelease = settings.CreateRelease ? new ReleaseCreation(settings.ReleaseDraft, TargetCommitish: github.Sha) : null,
    };

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

        // Everything that can be found wrong without asking a server is reported before anything is sent.
        ReleaseTarget? target;
        try
        {
            target = ReleaseTarget.Resolve(github.ApiUrl, github.Repository, settings.GitHubToken, settings.ReleaseTag, github.EventPath, "the input 'github-token'");
        }
        catch (MirrorAceException e)
        {
            log.Error(e.Message + " Nothing was uploaded.", e.Code);
            return Failed;
        }
        if (target is null && (settings.MirrorReleaseAssets || settings.Verify || settings.CreateRelease))
        {
            var input = settings.MirrorReleaseAssets ? "mirror-release-assets" : settings.Verify ? "verify" : "create-release";
            log.Error($"The input '{input}' needs a release, and there is none: set the input 'release-tag', or run the workflow on a 'release' event.", ErrorCodes.InvalidArgument);
            return Failed;
        }

        var files = FindFiles(settings, out var early);
        if (early is { } exitCode) return exitCode;

        ReleaseContents? release = null;
        if (target is not null)
        {
            try
            {
                release = await ReleaseNotesReader.ReadAsync(target, settings.MirrorReleaseAssets, GitHubOptions(settings), cancellationToken);
            }
            catch (MirrorAceException e)
            {
                // Without the notes, earlier uploads could not be reused: uploading now could leave duplicates on MirrorAce, which has no delete call.
                log.Error(e.Message + " Nothing was uploaded.", e.Code);
                return Failed;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                log.Line("Cancelled before anything was uploaded.");
                return Failed;
            }
            log.Line(DescribeRelease(release, settings.MirrorReleaseAssets));
        }

        var assets = settings.MirrorReleaseAssets ? AssetsToMirror.Choose(release!.Assets, files, log) : [];
        if (assets.Count > 0 && release!.Draft)
        {
            log.Error($"The input 'mirror-release-assets' cannot work on release {release.Tag}: it is a draft, and GitHub serves a draft's assets only with a token, which MirrorAce does not have. Nothing was uploaded.",
                ErrorCodes.InvalidArgument);
            return Failed;
        }

        var options = new UploadOptions
        {
            ApiUrl = settings.ApiUrl,
            Mirrors = settings.Mirrors,
            ChunkSize = settings.ChunkSize,
            Parallelism = settings.Parallel,
            FilePassword = settings.FilePassword,
            BaseDirectory = github.Workspace,
            // A symbolic link in the checked-out workspace must not publish a file of the runner's.
            Workspace = github.Workspace,
            Retry = new RetrySettings { StallTimeout = settings.StallTimeout, Deadline = settings.Deadline },
            ReuseCandidates = ReuseCandidates.From(release, assets),
            Split = settings.Split,
            // A dry run's plan says what would be reused; the engine's "reused" lines would read as if it had been.
            Listener = settings.DryRun ? null : new LogProgress(log),
        };
        MirrorAceUploader uploader;
        try
        {
            uploader = new MirrorAceUploader(settings.Credentials, options);
        }
        catch (MirrorAceException e)
        {
            log.Error(e.Message, e.Code);
            return Failed;
        }

        return settings.DryRun
            ? await DryRunAsync(uploader, files, assets, settings.Verify ? target : null, cancellationToken)
            : await UploadAsync(settings, uploader, options, files, assets, target, cancellationToken);
    }

    /// <summary>The workspace files to upload; <paramref name="exitCode"/> is set when the run ends here.</summary>
    private IReadOnlyList<string> FindFiles(ActionSettings settings, out int? exitCode)
    {
        exitCode = null;
        if (settings.Patterns.Count == 0) return [];
        FileSelectionResult selection;
        try
        {
            selection = WorkspaceFiles.Find(settings.Patterns, github.Workspace, settings.IncludeHiddenFiles);
        }
        catch (MirrorAceException e)
        {
            log.Error(e.Message, e.Code);
            exitCode = Failed;
            return [];
        }

        if (selection.Files.Count == 0)
        {
            // Beside release assets or a link check, no files is not the end of the run (unless it is an error).
            var more = settings.MirrorReleaseAssets || settings.Verify;
            var message = $"No files were found with the provided path: {string.Join(", ", settings.Patterns)}."
                + (more ? "" : " Nothing was uploaded.");
            switch (settings.IfNoFilesFound)
            {
                case IfNoFilesFound.Error:
                    WriteOutputs([]);
                    log.Error(message + (more ? " Nothing was uploaded." : ""), ErrorCodes.NoFilesMatched);
                    exitCode = Failed;
                    return [];
                case IfNoFilesFound.Warn:
                    log.Warning(message, ErrorCodes.NoFilesMatched);
                    break;
                default:
                    log.Line(message);
                    break;
            }
            if (!more)
            {
                WriteOutputs([]);
                exitCode = Succeeded;
            }
            return [];
        }

        foreach (var pattern in selection.Unmatched)
        {
            var message = $"No file matches '{pattern}'; the files the other patterns found are uploaded.";
            if (settings.IfNoFilesFound == IfNoFilesFound.Ignore) log.Line(message);
            else log.Warning(message, ErrorCodes.NoFilesMatched);
        }
        return selection.Files;
    }

    private async Task<int> UploadAsync(ActionSettings settings, MirrorAceUploader uploader, UploadOptions options, IReadOnlyList<string> files,
        IReadOnlyList<ReleaseAssetFile> assets, ReleaseTarget? target, CancellationToken ct)
    {
        var succeeded = true;
        var results = new List<FileUploadResult>();
        if (files.Count > 0)
        {
            var uploaded = await RunEngineAsync($"Uploading {Count(files.Count, "file")} to MirrorAce ({options.ApiUrl!.Host})",
                () => uploader.UploadAsync(files.Select(f => new UploadRequest(f)).ToList(), ct));
            if (uploaded is null) succeeded = false;
            else results.AddRange(uploaded);
        }
        if (assets.Count > 0)
        {
            // MirrorAce fetches each asset itself: the progress listener only sees a start and an end.
            var mirroring = new MirrorAceUploader(settings.Credentials, options with { Listener = new LogProgress(log, remote: true) });
            var mirrored = await RunEngineAsync($"Having MirrorAce fetch {Count(assets.Count, "release asset")}",
                () => mirroring.MirrorUrlsAsync(assets.Select(a => a.DownloadUrl).ToList(), ct));
            if (mirrored is null) succeeded = false;
            else results.AddRange(mirrored);
        }

        var links = results.Where(r => r.Succeeded).SelectMany(r => r.Uploaded).ToList();
        WriteOutputs(links);
        if (results.Count > 0)
        {
            WriteSummary(results);
            Report(results);
        }
        succeeded &= results.All(r => r.Succeeded);

        // A cancelled step (the runner's SIGTERM) still lists what finished: a re-run then reuses it instead of uploading it again.
        using var finishing = new GracefulStop(ct);
        if (target is not null) succeeded &= await ReleaseNotesUpdate.PublishAsync(target, MirrorAce.GitHub.ReleaseRows.For(
            results.Where(r => r.Succeeded).SelectMany(r => r.Uploaded),
            assets.ToDictionary(a => a.DownloadUrl.AbsoluteUri, a => a.Name, StringComparer.Ordinal)), GitHubOptions(settings), log, finishing.Token);
        if (settings.Verify && !ct.IsCancellationRequested) succeeded &= await LinkVerification.RunAsync(target!, uploader.Client, log, github.SummaryPath, ct);
        return succeeded ? Succeeded : Failed;
    }

    private async Task<int> DryRunAsync(MirrorAceUploader uploader, IReadOnlyList<string> files, IReadOnlyList<ReleaseAssetFile> assets,
        ReleaseTarget? verifyTarget, CancellationToken ct)
    {
        var items = new List<DryRunReport.Item>();
        try
        {
            if (files.Count > 0)
            {
                var plan = await uploader.PlanAsync(files.Select(f => new UploadRequest(f)).ToList(), ct);
                items.AddRange(plan.Select(p => new DryRunReport.Item(p.Path, p.Size, p)));
            }
            if (assets.Count > 0)
            {
                var plan = await uploader.PlanUrlsAsync(assets.Select(a => a.DownloadUrl).ToList(), ct);
                items.AddRange(assets.Zip(plan, (asset, p) => new DryRunReport.Item(asset.Name, asset.Size, p, asset.DownloadUrl)));
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            log.Line("Cancelled during the dry run; nothing was uploaded.");
            return Failed;
        }

        WriteOutputs([]);
        var succeeded = items.Count == 0 || DryRunReport.Write(items, log, github.SummaryPath);
        if (verifyTarget is not null) succeeded &= await LinkVerification.RunAsync(verifyTarget, uploader.Client, log, github.SummaryPath, ct);
        return succeeded ? Succeeded : Failed;
    }

    /// <summary>Runs one engine call inside a log group; null when it failed as a whole, before any file was tried.</summary>
    private async Task<IReadOnlyList<FileUploadResult>?> RunEngineAsync(string title, Func<Task<IReadOnlyList<FileUploadResult>>> call)
    {
        log.Group(title);
        MirrorAceException? runError = null;
        try
        {
            return await call();
        }
        catch (MirrorAceException e)
        {
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

    private void WriteSummary(List<FileUploadResult> results)
    {
        if (github.SummaryPath is not null && !StepSummary.Append(github.SummaryPath, results))
            log.Warning("The step summary is full (GitHub allows 1 MiB); the links are in the step's outputs.");
    }

    private void Report(List<FileUploadResult> results)
    {
        var reused = results.Count(r => r.Reused);
        log.Line($"Uploaded {results.Count(r => r.Succeeded)} of {Count(results.Count, "file")}"
            + (reused == 0 ? "." : $", {reused} of them reused (MirrorAce still holds an earlier upload; not sent again)."));
        foreach (var result in results.Where(r => r.Succeeded))
        {
            foreach (var file in result.Uploaded)
                log.Line($"  {file.Name} ({ByteSize.Format(file.Size)}): {file.Url}{(result.Reused ? " (reused)" : "")}");
        }
        foreach (var failure in results.Where(r => !r.Succeeded))
            log.Error(failure.Error!.Message, failure.Error.Code, AnnotationFile(failure.Path));
    }

    /// <summary>An annotation points at a file of the repository only by a path relative to its root; a release asset's URL is none.</summary>
    private static string? AnnotationFile(string path) =>
        Path.IsPathRooted(path) || path.Contains("://", StringComparison.Ordinal) ? null : path.Replace('\\', '/');

    private static string DescribeRelease(ReleaseContents release, bool withAssets) => !release.Exists
        ? $"Release {release.Tag}: no release has this tag yet; it is created, as a {(release.Draft ? "draft" : "published release")}, once the files are uploaded."
        : $"Release {release.Tag}: its notes list {Count(release.Rows.Count, "MirrorAce link")}"
        + (withAssets ? $"; it has {Count(release.Assets.Count, "asset")}." : ".");

    private static string Count(int count, string thing) => $"{count} {thing}{(count == 1 ? "" : "s")}";
}
