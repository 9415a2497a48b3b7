using System.Globalization;
using MirrorAce.Api;
using MirrorAce.Files;

namespace MirrorAce.Action;

/// <summary>The step's inputs, checked: every problem is found before anything is sent.</summary>
internal sealed record ActionSettings
{
    public const int DefaultParallel = 2;
    private const int MostParallel = 16;

    public required IReadOnlyList<string> Patterns { get; init; }
    public required MirrorAceCredentials Credentials { get; init; }
    public required IReadOnlyList<string> Mirrors { get; init; }
    public string? FilePassword { get; init; }
    public required Uri ApiUrl { get; init; }
    public IfNoFilesFound IfNoFilesFound { get; init; }
    public int Parallel { get; init; } = DefaultParallel;
    public long? ChunkSize { get; init; }
    public string? ReleaseTag { get; init; }
    public string? GitHubToken { get; init; }
    public bool DryRun { get; init; }
    public bool MirrorReleaseAssets { get; init; }
    public bool CreateRelease { get; init; }
    public bool ReleaseDraft { get; init; }
    public bool Verify { get; init; }
    public bool Split { get; init; }
    public bool IncludeHiddenFiles { get; init; }
    public TimeSpan StallTimeout { get; init; } = new RetrySettings().StallTimeout;
    public TimeSpan? Deadline { get; init; }

    // The generated ToString would print the file password and the GitHub token.
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"ActionSettings {{ ApiUrl = {ApiUrl}, Patterns = {Patterns.Count}, Mirrors = [{string.Join(", ", Mirrors)}], FilePassword = {(FilePassword is null ? "none" : "***")}, GitHubToken = {(GitHubToken is null ? "none" : "***")} }}");

    /// <summary>Reads every input; returns null and fills <paramref name="problems"/> when any is wrong.</summary>
    public static ActionSettings? Read(ActionInputs inputs, List<MirrorAceException> problems)
    {
        var files = inputs.Input("files");
        var apiKey = inputs.Input("api-key");
        var apiToken = inputs.Input("api-token");
        var mirrors = inputs.Input("mirrors");
        var filePassword = inputs.Input("file-password");
        var apiUrl = inputs.Input("api-url");
        var ifNoFilesFound = inputs.Input("if-no-files-found");
        var parallel = inputs.Input("parallel");
        var chunkSize = inputs.Input("chunk-size");
        var releaseTag = inputs.Input("release-tag");
        var gitHubToken = inputs.Input("github-token");
        var dryRun = Flag("dry-run", inputs.Input("dry-run"), problems);
        var mirrorReleaseAssets = Flag("mirror-release-assets", inputs.Input("mirror-release-assets"), problems);
        var verify = Flag("verify", inputs.Input("verify"), problems);
        var createRelease = Flag("create-release", inputs.Input("create-release"), problems);
        var releaseDraft = Flag("release-draft", inputs.Input("release-draft"), problems);
        var split = Flag("split", inputs.Input("split"), problems);
        var includeHidden = Flag("include-hidden-files", inputs.Input("include-hidden-files"), problems);
        var stallTimeout = Seconds("stall-timeout", inputs.Input("stall-timeout"), RetrySettings.LongestStallTimeout, problems);
        var deadline = Seconds("deadline", inputs.Input("deadline"), RetrySettings.LongestDeadline, problems);

        var patterns = FileSelection.SplitList(files);
        // The release's own assets and a check of its links are work enough without local files.
        if (patterns.Count == 0 && !mirrorReleaseAssets && !verify)
            problems.Add(Invalid("The input 'files' is required and is empty",
                "Name the files to upload, one path or glob per line, e.g. 'files: dist/*.zip', or set 'mirror-release-assets: true' or 'verify: true'."));
        if (apiKey.Length == 0) problems.Add(MissingSecret("api-key", "MIRRORACE_API_KEY"));
        else CheckSecret("MirrorAce API key", "api-key", apiKey.Trim(), problems);
        if (apiToken.Length == 0) problems.Add(MissingSecret("api-token", "MIRRORACE_API_TOKEN"));
        else CheckSecret("MirrorAce API token", "api-token", apiToken.Trim(), problems);
        if (filePassword.Length > 0) CheckSecret("file password", "file-password", filePassword, problems);
        // The GitHub token is checked where a release needs it (ReleaseTarget.Resolve): without one it is never sent.

        Uri? api = MirrorAceClient.DefaultApiUrl;
        if (apiUrl.Length > 0 && !(Uri.TryCreate(apiUrl, UriKind.Absolute, out api) && api.Scheme is "https" or "http"))
        {
            problems.Add(Invalid($"The input 'api-url' is '{Http.UrlDisplay.Text(apiUrl)}', which is not an absolute http(s) URL",
                $"Leave it out to use {MirrorAceClient.DefaultApiUrl}."));
            api = null;
        }
        else if (api is not null && !string.IsNullOrEmpty(api.UserInfo))
        {
            problems.Add(Invalid($"The input 'api-url' ({Http.UrlDisplay.Show(api, UriPartial.Path)}) holds a user name or password before the host",
                MirrorAceClient.UserInfoAdvice));
            api = null;
        }

        IfNoFilesFound? mode = ifNoFilesFound.ToUpperInvariant() switch
        {
            "" or "ERROR" => IfNoFilesFound.Error,
            "WARN" => IfNoFilesFound.Warn,
            "IGNORE" => IfNoFilesFound.Ignore,
            _ => null,
        };
        if (mode is null)
            problems.Add(Invalid($"The input 'if-no-files-found' is '{ifNoFilesFound}'", "Use 'error', 'warn' or 'ignore'."));

        var parallelCount = DefaultParallel;
        if (parallel.Length > 0 && !(int.TryParse(parallel, NumberStyles.None, CultureInfo.InvariantCulture, out parallelCount) && parallelCount is >= 1 and <= MostParallel))
            problems.Add(Invalid($"The input 'parallel' is '{parallel}'", $"Use a whole number from 1 to {MostParallel}, or leave it out for {DefaultParallel}."));

        long? chunkBytes = null;
        if (chunkSize.Length > 0)
        {
            if (long.TryParse(chunkSize, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0) chunkBytes = bytes;
            else problems.Add(Invalid($"The input 'chunk-size' is '{chunkSize}'", "Use a positive number of bytes, or leave it out to use the server's largest chunk."));
        }

        if (releaseTag.Length > 0 && releaseTag.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            problems.Add(Invalid("The input 'release-tag' contains whitespace or control characters", "Give the tag name of the release alone, e.g. 'v1.2.0'."));

        if (releaseDraft && !createRelease)
            problems.Add(Invalid("The input 'release-draft' is true, but 'create-release' is not", "Set 'create-release: true' too: 'release-draft' only says how a missing release is created."));

        if (problems.Count > 0) return null;
        return new ActionSettings
        {
            Patterns = patterns,
            Credentials = new MirrorAceCredentials(apiKey, apiToken),
            Mirrors = FileSelection.SplitList(mirrors),
            FilePassword = filePassword.Length > 0 ? filePassword : null,
            ApiUrl = api!,
            IfNoFilesFound = mode!.Value,
            Parallel = parallelCount,
            ChunkSize = chunkBytes,
            ReleaseTag = releaseTag.Length > 0 ? releaseTag : null,
            GitHubToken = gitHubToken.Length > 0 ? gitHubToken : null,
            DryRun = dryRun,
            MirrorReleaseAssets = mirrorReleaseAssets,
            CreateRelease = createRelease,
            ReleaseDraft = releaseDraft,
            Verify = verify,
            Split = split,
            IncludeHiddenFiles = includeHidden,
            StallTimeout = stallTimeout ?? new RetrySettings().StallTimeout,
            Deadline = deadline,
        };
    }

    /// <summary>A boolean input: <c>true</c> or <c>false</c> in any case, empty for false; YAML's other spellings are refused, not guessed.</summary>
    private static bool Flag(string name, string value, List<MirrorAceException> problems)
    {
        if (value.Length == 0 || value.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        problems.Add(Invalid($"The input '{name}' is '{value}'", "Use 'true' or 'false'."));
        return false;
    }

    /// <summary>A number of seconds above 0 and below <paramref name="longest"/>; empty for the default (null).</summary>
    private static TimeSpan? Seconds(string name, string value, TimeSpan longest, List<MirrorAceException> problems)
    {
        if (value.Length == 0) return null;
        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds < longest.TotalSeconds)
            return TimeSpan.FromSeconds(seconds);
        problems.Add(Invalid($"The input '{name}' is '{value}'", $"Use a number of seconds above 0 and below {longest.TotalSeconds:0}, or leave it out."));
        return null;
    }

    private static void CheckSecret(string what, string input, string value, List<MirrorAceException> problems)
    {
        if (CredentialRules.Problem(value) is { } problem)
            problems.Add(CredentialRules.Malformed(what, $"the input '{input}'", problem));
    }

    private static MirrorAceException Invalid(string problem, string advice) =>
        new(ErrorCodes.InvalidArgument, problem, advice, step: UploadStep.Validate);

    // GitHub passes no secrets to workflows run for pull requests from forks: the input is then empty, not absent.
    private static MirrorAceException MissingSecret(string input, string secret) =>
        new(ErrorCodes.MissingCredentials, $"The input '{input}' is required and is empty",
            $"Pass it from a repository secret: '{input}: ${{{{ secrets.{secret} }}}}'. Secrets are empty in runs for pull requests from forks.",
            step: UploadStep.Validate);
}
