using System.Diagnostics.CodeAnalysis;
using Microsoft.Build.Framework;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.BuildTasks;

/// <summary>
/// Uploads files to MirrorAce and returns one item per uploaded file (per part, for a split file) with
/// its <c>Name</c>, <c>Size</c>, <c>Sha256</c>, <c>Slug</c> and <c>Url</c>; optionally lists them in a GitHub
/// release's notes, or only reports what it would do (<see cref="DryRun"/>). The API key, the API token
/// and the GitHub token are read from environment variables by the task itself: task parameters and
/// properties are recorded in binary and diagnostic logs, so no secret is ever one.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable",
    Justification = "MSBuild never disposes tasks; a CancellationTokenSource without a timer holds nothing that needs releasing.")]
public sealed class MirrorAceUpload : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource _cancel = new();

    /// <summary>The files to upload; optional metadata <c>Mirrors</c> (comma-separated ids) overrides <see cref="Mirrors"/> for one file.</summary>
    [Required]
    [SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "MSBuild passes item lists as arrays.")]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The MirrorAce API root; empty for https://mirrorace.com/api/v1/.</summary>
    public string? ApiUrl { get; set; }

    /// <summary>Comma-separated mirror ids for every file without its own; empty for the account's default mirrors.</summary>
    public string? Mirrors { get; set; }

    /// <summary>Where to write the links JSON; empty for none.</summary>
    public string? LinksFile { get; set; }

    /// <summary>Where to write the Markdown summary of this run (links, dry-run plan, release-notes outcome); empty for none.</summary>
    public string? SummaryFile { get; set; }

    /// <summary>
    /// <c>$(MSBuildProjectName)</c>: with it the task logs <c>name -> summary file</c>, which the terminal logger shows on the
    /// project's result line at the default verbosity; empty for no such line.
    /// </summary>
    public string? ProjectName { get; set; }

    /// <summary>The cache of earlier uploads that makes a second build upload nothing again; empty for none.</summary>
    public string? CacheFile { get; set; }

    /// <summary>Relative files resolve against this folder, and the links JSON names files relative to it; empty for the current folder.</summary>
    public string? BaseDirectory { get; set; }

    /// <summary>The name (never the value) of the environment variable holding the API key.</summary>
    public string ApiKeyVariable { get; set; } = MirrorAceCredentials.ApiKeyVariable;

    /// <summary>The name (never the value) of the environment variable holding the API token.</summary>
    public string ApiTokenVariable { get; set; } = MirrorAceCredentials.ApiTokenVariable;

    /// <summary>How many files upload at once.</summary>
    public int Parallel { get; set; } = 2;

    /// <summary>Bytes per request, below the server's <c>max_chunk_size</c>; 0 for the server's.</summary>
    public long ChunkSize { get; set; }

    /// <summary>Whether a file not smaller than the account's <c>max_file_size</c> is uploaded as numbered parts (one item each) instead of refused.</summary>
    public bool Split { get; set; }

    /// <summary>
    /// Whether items with a hidden segment (one starting with '.') below <see cref="BaseDirectory"/> are uploaded. MSBuild
    /// expands wildcards before the task sees the items, so a named hidden file cannot be told from a matched one: both need this.
    /// </summary>
    public bool IncludeHiddenFiles { get; set; }

    /// <summary>Whether to only check and report what would be uploaded: no file byte is sent, nothing is written, no item is returned.</summary>
    public bool DryRun { get; set; }

    /// <summary>The tag of the GitHub release whose notes should list the uploads; empty to leave release notes alone.</summary>
    public string? ReleaseTag { get; set; }

    /// <summary>Whether to create the release when no release has <see cref="ReleaseTag"/> (MirrorAceCreateRelease); matrix builds racing to create it end with one.</summary>
    public bool CreateRelease { get; set; }

    /// <summary>Whether a release created by <see cref="CreateRelease"/> is a draft (MirrorAceReleaseDraft).</summary>
    public bool ReleaseDraft { get; set; }

    /// <summary>The repository holding the release, <c>owner/name</c>.</summary>
    public string? GitHubRepository { get; set; }

    /// <summary>The GitHub API root; empty for https://api.github.com/.</summary>
    public string? GitHubApiUrl { get; set; }

    /// <summary>The name (never the value) of the environment variable holding the GitHub token that edits the release notes.</summary>
    public string GitHubTokenVariable { get; set; } = ReleaseNotesWriter.DefaultTokenVariable;

    /// <summary>
    /// One item per upload, in input order: the input item with <c>Name</c>, <c>Size</c>, <c>Sha256</c>, <c>Slug</c>, <c>Url</c>,
    /// <c>Mirrors</c>, <c>Reused</c>; a split file gives one item per part, with <c>PartOf</c>, <c>Part</c>, <c>Parts</c>, <c>PartOfSha256</c>.
    /// </summary>
    [Output]
    [SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "MSBuild takes item lists as arrays.")]
    public ITaskItem[] UploadedFiles { get; private set; } = [];

    /// <summary>Stops the uploads: MSBuild calls this when the build is cancelled (Ctrl+C, or Visual Studio's Cancel).</summary>
    public void Cancel() => _cancel.Cancel();

    /// <inheritdoc />
    public override bool Execute()
    {
        var pump = new LogPump();
        if (Prepare(pump) is not { } run) return false;
        var summary = new BuildSummary(DryRun);
        var summaryPath = string.IsNullOrWhiteSpace(SummaryFile) ? null : Path.GetFullPath(SummaryFile, run.Options.BaseDirectory);
        if (DryRun)
        {
            var plans = pump.Run(Log, () => PlanAsync(run, pump));
            DryRunReport.Write(Log, plans, run.Notes, summary);
            summary.Write(Log, summaryPath, ProjectName);
            return !Log.HasLoggedErrors;
        }

        var outcomes = pump.Run(Log, () => UploadAsync(run, pump, summary));
        UploadedFiles = [.. outcomes.SelectMany((o, i) => UploadedFileItem.For(run.Items[i], o))];
        foreach (var failed in outcomes.Where(o => o.Error is not null))
            Log.LogError(failed.Error!, failed.Request.FullPath);
        summary.AddFailures(outcomes.Where(o => o.Error is not null).Select(o => (o.Request.ItemSpec, o.Error!.Code)));
        summary.Write(Log, summaryPath, ProjectName);
        return !Log.HasLoggedErrors;
    }

    private sealed record Run(IReadOnlyList<ITaskItem> Items, MirrorAceUploader Uploader, UploadOptions Options, IReadOnlyList<RequestedFile> Files,
        UploadCache Cache, string? CachePath, string? LinksPath, ReleaseNotesWriter? Notes, MirrorAceCredentials Credentials);

    private Run? Prepare(LogPump pump)
    {
        try
        {
            if (Parallel < 1) throw BadParameter($"Parallel is {Parallel}; it must be at least 1");
            if (ChunkSize < 0) throw BadParameter($"ChunkSize is {ChunkSize}; it must be a positive number of bytes, or 0 for the server's");
            Uri? api = null;
            if (!string.IsNullOrWhiteSpace(ApiUrl) && !Uri.TryCreate(ApiUrl.Trim(), UriKind.Absolute, out api))
                throw BadParameter($"MirrorAceApiUrl '{Http.UrlDisplay.Text(ApiUrl)}' is not an absolute URL");
            var baseDirectory = string.IsNullOrWhiteSpace(BaseDirectory) ? Environment.CurrentDirectory : Path.GetFullPath(BaseDirectory);
            var credentials = MirrorAceCredentials.FromEnvironment(ApiKeyVariable, ApiTokenVariable);
            var options = new UploadOptions
            {
                ApiUrl = api,
                Mirrors = RequestedFile.SplitMirrors(Mirrors),
                ChunkSize = ChunkSize > 0 ? ChunkSize : null,
                Parallelism = Parallel,
                BaseDirectory = baseDirectory,
                Split = Split,
                Listener = new BuildLogListener(pump),
            };
            var notes = ReleaseNotesWriter.Resolve(ReleaseTag, GitHubRepository, GitHubApiUrl, GitHubTokenVariable, Environment.GetEnvironmentVariable,
                CreateRelease, ReleaseDraft);
            var uploader = new MirrorAceUploader(credentials, options);
            var items = Files.Where(item => IncludeHiddenFiles || !IsHidden(item, baseDirectory)).ToList();
            var files = items.Select(item => new RequestedFile(item.ItemSpec, Path.GetFullPath(item.ItemSpec, baseDirectory),
                RequestedFile.SplitMirrors(item.GetMetadata("Mirrors")) is { Count: > 0 } own ? own : null)).ToList();
            // The build cache serves some files before the engine sees the rest: name clashes are checked on all of them first.
            if (uploader.NameClashes([.. files.Select(f => new UploadRequest(f.FullPath))]) is { Count: > 0 } clashes)
            {
                foreach (var clash in clashes) Log.LogError(clash, clash.FilePath);
                return null;
            }
            var cachePath = string.IsNullOrWhiteSpace(CacheFile) ? null : Path.GetFullPath(CacheFile, baseDirectory);
            var linksPath = string.IsNullOrWhiteSpace(LinksFile) ? null : Path.GetFullPath(LinksFile, baseDirectory);
            var cache = cachePath is null
                ? UploadCache.Empty()
                : UploadCache.Load(cachePath, problem => Log.LogMessage(MessageImportance.Normal, "MirrorAce: {0}", PrintableText.ForLog(problem)));
            return new Run(items, uploader, options, files, cache, cachePath, linksPath, notes, credentials);
        }
        catch (MirrorAceException e)
        {
            Log.LogError(e);
            return null;
        }
    }

    private async Task<IReadOnlyList<FileOutcome>> UploadAsync(Run run, LogPump pump, BuildSummary summary)
    {
        IReadOnlyList<FileOutcome> outcomes;
        try
        {
            if (run.Notes is { } release)
            {
                // What the release already lists counts like the cache: verified with file/info, then reused.
                var listed = await release.ListedAsync(pump, _cancel.Token);
                if (listed is null)
                {
                    summary.Add("Nothing was uploaded: the release's notes could not be read (the build's errors say why).");
                    return [];
                }
                if (listed.Count > 0)
                {
                    var options = run.Options with { ReuseCandidates = listed };
                    run = run with { Options = options, Uploader = new MirrorAceUploader(run.Credentials, options) };
                }
            }
            outcomes = await Incremental(run, pump).RunAsync(run.Files, _cancel.Token);
        }
        catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
        {
            var cancelled = new MirrorAceException(ErrorCodes.Cancelled, "Cancelled before this file finished; no link is published for it", "Run again to upload it.");
            outcomes = [.. run.Files.Select(f => FileOutcome.Failed(f, cancelled))];
        }

        // Written even when some files failed or the build was cancelled: what was uploaded must not be
        // lost, and links of an earlier build must not pass for this one's.
        var uploaded = outcomes.SelectMany(o => o.Uploads).ToList();
        summary.AddFiles(uploaded);
        if (run.LinksPath is { } links)
        {
            try
            {
                await LinksJson.WriteAsync(links, uploaded, CancellationToken.None);
                summary.Add($"Links JSON: {LinksMarkdown.Escape(links)}");
                pump.Post(log => log.LogMessage(MessageImportance.Normal, "MirrorAce: wrote the links of {0} file(s) to {1}", uploaded.Count, PrintableText.ForLog(links)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                pump.Post(log => log.LogError(null, BuildTaskCodes.LinksNotWritten, null, links, 0, 0, 0, 0,
                    "MirrorAce could not write the links file ({0}); the files were uploaded, their links are in the build log", PrintableText.ForLog(e.Message)));
            }
        }
        if (run.CachePath is { } cache)
            await SaveCacheAsync(run.Cache, cache, pump);

        // Reused files count as much as new ones: the notes list what the release offers, not what this build sent.
        // A cancelled build still lists what finished, within a short grace: a re-run then reuses it instead of uploading it again.
        if (run.Notes is { } notes && uploaded.Count > 0)
        {
            using var finishing = new GracefulStop(_cancel.Token);
            var outcome = await notes.PublishAsync(uploaded, pump, finishing.Token);
            summary.Add($"Release notes: {LinksMarkdown.Escape(outcome)}");
        }
        return outcomes;
    }

    private async Task<IReadOnlyList<FilePlan>> PlanAsync(Run run, LogPump pump)
    {
        try
        {
            return await Incremental(run, pump).PlanAsync(run.Files, _cancel.Token);
        }
        catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
        {
            var cancelled = new MirrorAceException(ErrorCodes.Cancelled, "Cancelled before this file was checked", "Run again to check it.");
            return [.. run.Files.Select(f => FilePlan.Upload(f, new PlannedUpload(f.ItemSpec, 0, 0, [], null, cancelled)))];
        }
    }

    private static IncrementalUpload Incremental(Run run, LogPump pump) =>
        new(run.Uploader, earlier => new MirrorAceUploader(run.Credentials, run.Options with { ReuseCandidates = [.. run.Options.ReuseCandidates, .. earlier] }),
            run.Cache, run.Options.BaseDirectory, run.Options.Mirrors, run.Options.Split, pump);

    private static async Task SaveCacheAsync(UploadCache cache, string path, LogPump pump)
    {
        try
        {
            await cache.SaveAsync(path, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Losing the cache costs the next build an upload, never a wrong link.
            pump.Post(log => log.LogWarning(null, BuildTaskCodes.CacheNotWritten, null, path, 0, 0, 0, 0,
                "MirrorAce could not write its upload cache ({0}); the next build will upload these files again", PrintableText.ForLog(e.Message)));
        }
    }

    private bool IsHidden(ITaskItem item, string baseDirectory)
    {
        var relative = Path.GetRelativePath(baseDirectory, Path.GetFullPath(item.ItemSpec, baseDirectory));
        if (Path.IsPathRooted(relative) || !MirrorAce.Files.HiddenPath.Has(relative)) return false;
        Log.LogMessage(MessageImportance.High,
            "MirrorAce: left out {0}: it is hidden (a folder or name starting with '.'); set MirrorAceIncludeHiddenFiles=true to upload hidden files", item.ItemSpec);
        return true;
    }

    private static MirrorAceException BadParameter(string problem) =>
        new(ErrorCodes.InvalidArgument, problem, "Fix the property in the project file or on the command line.", step: UploadStep.Validate);
}
