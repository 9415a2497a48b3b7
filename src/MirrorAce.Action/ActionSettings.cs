using System.Globalization;
using MirrorAce.Api;
using MirrorAce.Files;
using MirrorAce.Publishing;

namespace MirrorAce.Action;

/// <summary>The step's inputs, checked: every problem is found before anything is sent.</summary>
internal sealed record ActionSettings
{
    public required IReadOnlyList<string> Patterns { get; init; }
    public required MirrorAceCredentials Credentials { get; init; }
    public required IReadOnlyList<string> Mirrors { get; init; }
    public string? FilePassword { get; init; }
    public required Uri ApiUrl { get; init; }
    public IfNoFilesFound IfNoFilesFound { get; init; }
    public int Parallel { get; init; } = InputRules.DefaultParallel;
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
    public bool Checksums { get; init; }
    /// <summary>Whether earlier uploads of the same bytes are reused; false is the CLI's <c>--no-reuse</c>.</summary>
    public bool Reuse { get; init; } = true;
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
        var checksums = Flag("checksums", inputs.Input("checksums"), problems);
        var reuse = Flag("reuse", inputs.Input("reuse"), problems, whenEmpty: true);
        var stallTimeout = Seconds("stall-timeout", inputs.Input("stall-timeout"), InputRules.StallTimeout, problems);
        var deadline = Seconds("deadline", inputs.Input("deadline"), (seconds, setting) => InputRules.Deadline(seconds, setting), problems);

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

        var parallelCount = InputRules.DefaultParallel;
        if (parallel.Length > 0)
        {
            if (!int.TryParse(parallel, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out parallelCount))
                problems.Add(Invalid($"The input 'parallel' is '{parallel}'", $"Use a whole number from {InputRules.FewestParallel} to {InputRules.MostParallel}, or leave it out for {InputRules.DefaultParallel}."));
            else if (InputRules.Parallel(parallelCount, "The input 'parallel'") is { } problem) problems.Add(problem);
        }

        long? chunkBytes = null;
        if (chunkSize.Length > 0)
        {
            if (!long.TryParse(chunkSize, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bytes))
                problems.Add(Invalid($"The input 'chunk-size' is '{chunkSize}'", "Use a positive number of bytes, or leave it out to use the server's largest chunk."));
            else if (InputRules.ChunkSize(bytes, "The input 'chunk-size'") is { } problem) problems.Add(problem);
            else chunkBytes = bytes;
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
            Checksums = checksums,
            Reuse = reuse,
            StallTimeout = stallTimeout ?? new RetrySettings().StallTimeout,
            Deadline = deadline,
        };
    }

    /// <summary>A boolean input: <c>true</c> or <c>false</c> in any case, empty for <paramref name="whenEmpty"/>; YAML's other spellings are refused, not guessed.</summary>
    private static bool Flag(string name, string value, List<MirrorAceException> problems, bool whenEmpty = false)
    {
        if (value.Length == 0) return whenEmpty;
        if (value.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        problems.Add(Invalid($"The input '{name}' is '{value}'", "Use 'true' or 'false'."));
        return whenEmpty;
    }

    /// <summary>A number of seconds within the engine's bounds (<paramref name="rule"/>); empty for the default (null).</summary>
    private static TimeSpan? Seconds(string name, string value, Func<double, string, MirrorAceException?> rule, List<MirrorAceException> problems)
    {
        if (value.Length == 0) return null;
        if (!double.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
        {
            problems.Add(Invalid($"The input '{name}' is '{value}'", "Use a number of seconds, or leave it out."));
            return null;
        }
        if (rule(seconds, $"The input '{name}'") is { } problem)
        {
            problems.Add(problem);
            return null;
        }
        return TimeSpan.FromSeconds(seconds);
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
