using System.Diagnostics.CodeAnalysis;
using Microsoft.Build.Framework;
using MirrorAce.Output;
using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.BuildTasks;

/// <summary>
/// Uploads files to MirrorAce and returns one item per uploaded file (per part, for a split file) with
/// its <c>Name</c>, <c>Size</c>, <c>Sha256</c>, <c>Slug</c> and <c>Url</c>; optionally lists them in a GitHub
/// release's notes, or only reports what it would do (<see cref="DryRun"/>). The API key, the API token
/// and the GitHub token are read from environment variables by the task itself: task parameters and
/// properties are recorded in binary and diagnostic logs, so no secret is ever one. Like Nerdbank.GitVersioning's
/// GetBuildVersion, the task only translates: properties in, one <see cref="MirrorAcePublisher.RunAsync"/>, items and messages out.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable",
    Justification = "MSBuild never disposes tasks; a CancellationTokenSource without a timer holds nothing that needs releasing.")]
public sealed class MirrorAceUpload : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource _cancel = new();
    private IReleaseNotes? _release;

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

    /// <summary>The build's own cache of earlier uploads (<c>obj/</c>), kept beside the per-user one; empty for none.</summary>
    public string? CacheFile { get; set; }

    /// <summary>Whether the per-user upload cache (<c>~/.cache/mirrorace/uploads.json</c>) is read and written too (MirrorAceUserCache).</summary>
    public bool UserCache { get; set; } = true;

    /// <summary>Whether earlier uploads of the same bytes are reused (MirrorAceReuse); false uploads every file again (and still records the new uploads, as every door does).</summary>
    public bool Reuse { get; set; } = true;

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

    /// <summary>Whether to upload a SHA256SUMS manifest with the files, covering every file the release lists (MirrorAceChecksums).</summary>
    public bool Checksums { get; set; }

    /// <summary>Whether a release created by <see cref="CreateRelease"/> is a draft (MirrorAceReleaseDraft).</summary>
    public bool ReleaseDraft { get; set; }

    /// <summary>The repository holding the release, <c>owner/name</c>.</summary>
    public string? GitHubRepository { get; set; }

    /// <summary>The GitHub API root; empty for https://api.github.com/.</summary>
    public string? GitHubApiUrl { get; set; }

    /// <summary>The name (never the value) of the environment variable holding the GitHub token that edits the release notes.</summary>
    public string GitHubTokenVariable { get; set; } = "GITHUB_TOKEN";

    /// <summary>
    /// One item per upload, in input order: the input item with <c>Name</c>, <c>Size</c>, <c>Sha256</c>, <c>Slug</c>, <c>Url</c>,
    /// <c>Mirrors</c>, <c>Reused</c>; a split file gives one item per part, with <c>PartOf</c>, <c>Part</c>, <c>Parts</c>, <c>PartOfSha256</c>.
    /// </summary>
    [Output]
    [SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "MSBuild takes item lists as arrays.")]
    public ITaskItem[] UploadedFiles { get; private set; } = [];

    /// <summary>Stops the uploads: MSBuild calls this when the build is cancelled (Ctrl+C, or Visual Studio's Cancel).</summary>
    public void Cancel() => _cancel.Cancel();

    /// <summary>Reads an environment variable (the per-user cache's folder, the GitHub token and event); tests point it elsewhere.</summary>
    internal Func<string, string?> ReadVariable { get; set; } = Environment.GetEnvironmentVariable;

    /// <inheritdoc />
    public override bool Execute()
    {
        var pump = new LogPump();
        var baseDirectory = string.IsNullOrWhiteSpace(BaseDirectory) ? Environment.CurrentDirectory : Path.GetFullPath(BaseDirectory);
        PublishRequest request;
        MirrorAcePublisher publisher;
        try
        {
            (publisher, request) = Translate(baseDirectory);
        }
        catch (MirrorAceException e)
        {
            Log.LogError(e);
            return false;
        }

        var progress = new ProgressLines(line => pump.Post(log => BuildLog.Write(log, line)));
        var result = pump.Run(Log, () => publisher.RunAsync(request, progress, _cancel.Token));
        var report = new RunReport(Log, baseDirectory, DryRun, _release?.Description);
        if (!DryRun) UploadedFiles = [.. UploadedFileItem.For(Files, result)];
        report.Render(result, request.LinksFile, string.IsNullOrWhiteSpace(SummaryFile) ? null : Path.GetFullPath(SummaryFile, baseDirectory), ProjectName);
        return !Log.HasLoggedErrors;
    }

    private DoorTerms Terms => new("<MirrorAceSplit>true</MirrorAceSplit>", "<MirrorAceIncludeHiddenFiles>true</MirrorAceIncludeHiddenFiles>",
        "<MirrorAceReuse>false</MirrorAceReuse>", $"the environment variable {TokenVariable}", "MirrorAceLinksFile")
    {
        Repository = "MirrorAceGitHubRepository (or GITHUB_REPOSITORY, which GitHub Actions sets)",
        ReleaseTag = "MirrorAceReleaseTag",
    };

    private string TokenVariable => string.IsNullOrWhiteSpace(GitHubTokenVariable) ? "GITHUB_TOKEN" : GitHubTokenVariable.Trim();

    /// <summary>The properties as the engine's options and request; a refusal names the property to fix.</summary>
    private (MirrorAcePublisher, PublishRequest) Translate(string baseDirectory)
    {
        if ((InputRules.Parallel(Parallel, "MirrorAceParallel") ?? InputRules.ChunkSize(ChunkSize == 0 ? null : ChunkSize, "MirrorAceChunkSize")) is { } bad)
            throw bad;
        Uri? api = null;
        if (!string.IsNullOrWhiteSpace(ApiUrl) && !Uri.TryCreate(ApiUrl.Trim(), UriKind.Absolute, out api))
            throw new MirrorAceException(ErrorCodes.InvalidArgument, $"MirrorAceApiUrl '{Http.UrlDisplay.Text(ApiUrl)}' is not an absolute URL",
                "Fix the property in the project file or on the command line.", step: UploadStep.Validate);
        var credentials = MirrorAceCredentials.FromEnvironment(ApiKeyVariable, ApiTokenVariable);
        _release = ReleaseFromProperties.Resolve(ReleaseTag, GitHubRepository, GitHubApiUrl, TokenVariable, CreateRelease, ReleaseDraft, Terms, ReadVariable);
        var options = new UploadOptions
        {
            ApiUrl = api,
            Mirrors = SplitMirrors(Mirrors),
            ChunkSize = ChunkSize > 0 ? ChunkSize : null,
            Parallelism = Parallel,
            BaseDirectory = baseDirectory,
            Split = Split,
            Terms = Terms,
        };
        var caches = new List<string>();
        if (!string.IsNullOrWhiteSpace(CacheFile)) caches.Add(Path.GetFullPath(CacheFile, baseDirectory));
        if (UserCache && UploadCache.UserFile(ReadVariable) is { } user) caches.Add(user);
        var request = new PublishRequest
        {
            Files = [.. Files.Select(f => f.ItemSpec)],
            FilesAreExpanded = true,
            IncludeHidden = IncludeHiddenFiles,
            MirrorsByFile = Files.Select(f => (f.ItemSpec, Mirrors: SplitMirrors(f.GetMetadata("Mirrors")))).Where(f => f.Mirrors.Length > 0)
                .DistinctBy(f => f.ItemSpec, StringComparer.Ordinal).ToDictionary(f => f.ItemSpec, f => (IReadOnlyList<string>)f.Mirrors, StringComparer.Ordinal),
            DryRun = DryRun,
            LinksFile = string.IsNullOrWhiteSpace(LinksFile) ? null : Path.GetFullPath(LinksFile, baseDirectory),
            Reuse = Reuse,
            CacheFiles = caches,
            Release = _release,
            Checksums = Checksums,
        };
        return (new MirrorAcePublisher(credentials, options), request);
    }

    /// <summary>Mirror ids written with commas (like <c>MirrorAceMirrors</c>) or semicolons (like an MSBuild list).</summary>
    private static string[] SplitMirrors(string? text) =>
        (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
