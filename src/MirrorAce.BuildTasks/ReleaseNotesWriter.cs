using Microsoft.Build.Framework;
using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.BuildTasks;

/// <summary>
/// Lists a build's uploads in the notes of the release named by <c>MirrorAceReleaseTag</c>, through
/// <see cref="ReleaseNotesPublisher"/>. The token is read from an environment variable here, never
/// taken as a parameter: binary and diagnostic logs record every property and task parameter.
/// </summary>
internal sealed class ReleaseNotesWriter
{
    /// <summary>The variable GitHub Actions users put <c>${{ github.token }}</c> in by convention.</summary>
    public const string DefaultTokenVariable = "GITHUB_TOKEN";

    private const string EventPathVariable = "GITHUB_EVENT_PATH";

    private const string ShaVariable = "GITHUB_SHA";

    private readonly ReleaseTarget _target;
    private readonly string _tokenVariable;
    private readonly ReleaseCreation? _creation;

    private ReleaseNotesWriter(ReleaseTarget target, string tokenVariable, ReleaseCreation? creation)
    {
        _target = target;
        _tokenVariable = tokenVariable;
        _creation = creation;
    }

    /// <summary>The release, for messages: <c>release 'v1.2' of owner/repo</c>.</summary>
    public string Description => _target.Description;

    /// <summary>
    /// The release to write to, or null when no tag is set. Checked before any file is sent, so a build
    /// that cannot write its notes fails before it uploads rather than after.
    /// </summary>
    /// <exception cref="MirrorAceException">MA3006 without a token, MA1023 for a malformed one, MA3008 without a repository, MA3011 for a tag Git would refuse, MA1021/MA1022 for the API URL.</exception>
    /// <param name="releaseTag">MirrorAceReleaseTag; empty to leave release notes alone.</param>
    /// <param name="repository">MirrorAceGitHubRepository, <c>owner/name</c>.</param>
    /// <param name="apiUrl">MirrorAceGitHubApiUrl.</param>
    /// <param name="tokenVariable">The name of the variable holding the token.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="createRelease">MirrorAceCreateRelease: create the release when no release has the tag (its tag at GITHUB_SHA when set).</param>
    /// <param name="releaseDraft">MirrorAceReleaseDraft: create it as a draft.</param>
    public static ReleaseNotesWriter? Resolve(string? releaseTag, string? repository, string? apiUrl, string? tokenVariable, Func<string, string?> environment,
        bool createRelease = false, bool releaseDraft = false)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (string.IsNullOrWhiteSpace(releaseTag)) return null;
        var tag = releaseTag.Trim();
        var variable = string.IsNullOrWhiteSpace(tokenVariable) ? DefaultTokenVariable : tokenVariable.Trim();
        if (string.IsNullOrWhiteSpace(repository))
        {
            throw new MirrorAceException(GitHubErrorCodes.InvalidRepository, $"No GitHub repository is set for the notes of release '{tag}'",
                "Set MirrorAceGitHubRepository to owner/name, or build where GITHUB_REPOSITORY is set (GitHub Actions sets it).");
        }
        if (string.IsNullOrWhiteSpace(environment(variable)))
        {
            throw new MirrorAceException(GitHubErrorCodes.BadToken,
                $"The environment variable {variable} holds no GitHub token, so the notes of release '{tag}' of {repository.Trim()} cannot be written",
                $"Set {variable} for the build (in GitHub Actions, on the step: 'env: {variable}: ${{{{ github.token }}}}') and give the job "
                + "'permissions: contents: write'; or leave MirrorAceReleaseTag empty to leave the release notes alone. Nothing was uploaded.");
        }
        // The event's release id, when it is this tag's, also reaches a draft without listing the releases.
        var target = ReleaseTarget.Resolve(apiUrl, repository, environment(variable), tag, environment(EventPathVariable), $"the environment variable {variable}")
                     ?? throw new InvalidOperationException("A release tag always resolves to a target.");
        var creation = createRelease ? new ReleaseCreation(releaseDraft, TargetCommitish: environment(ShaVariable)) : null;
        return new ReleaseNotesWriter(target, variable, creation);
    }

    /// <summary>
    /// The uploads the release's notes already list, as reuse candidates: a CI re-run starts with an empty obj/,
    /// and without them it would upload every file again (MirrorAce has no delete call). Null, with a coded
    /// error logged, when the release cannot be read: then nothing is uploaded.
    /// </summary>
    public async Task<IReadOnlyList<UploadedFile>?> ListedAsync(LogPump pump, CancellationToken cancellationToken)
    {
        try
        {
            // With MirrorAceCreateRelease a missing release reads as empty: it is created after the upload, never before.
            var options = ReleaseNotesOptions.Default with { CreateRelease = _creation };
            return (await ReleaseNotesReader.ReadAsync(_target, includeAssets: false, options, cancellationToken)).Rows;
        }
        catch (MirrorAceException e)
        {
            var error = WithTokenHint(e);
            pump.Post(log => log.LogError(error));
            return null;
        }
    }

    /// <summary>
    /// Merges <paramref name="files"/> into the notes; logs the outcome, or a coded error, through <paramref name="pump"/>,
    /// and returns it in a line (unescaped) for the build's summary.
    /// </summary>
    public async Task<string> PublishAsync(IReadOnlyList<UploadedFile> files, LogPump pump, CancellationToken cancellationToken)
    {
        var options = ReleaseNotesOptions.Default with
        {
            OnNotice = notice => pump.Post(log => log.LogMessage(MessageImportance.Normal, "MirrorAce: {0}", PrintableText.ForLog(notice))),
            CreateRelease = _creation,
        };
        try
        {
            var result = await ReleaseNotesPublisher.PublishAsync(_target, ReleaseRows.For(files), options, cancellationToken);
            var summary = Summary(result);
            pump.Post(log => log.LogMessage(MessageImportance.High, "MirrorAce: {0}", PrintableText.ForLog(summary)));
            return summary;
        }
        catch (MirrorAceException e)
        {
            var error = WithTokenHint(e);
            pump.Post(log => log.LogError(error));
            return $"the notes of {Description} were not written: {error.Code} (see the build's errors)";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var cancelled = new MirrorAceException(ErrorCodes.Cancelled, $"Cancelled while writing the notes of {Description}",
                "Build again: the files are reused, and their rows are merged into the notes.");
            pump.Post(log => log.LogError(cancelled));
            return $"the notes of {Description} were not written: {cancelled.Code} (cancelled)";
        }
    }

    private string Summary(ReleaseNotesResult result)
    {
        var counts = new List<string>();
        if (result.Added.Count > 0) counts.Add($"{result.Added.Count} added");
        if (result.Replaced.Count > 0) counts.Add($"{result.Replaced.Count} replaced");
        if (result.AlreadyListed.Count > 0) counts.Add($"{result.AlreadyListed.Count} already listed");
        if (result.Superseded.Count > 0)
            counts.Add($"{result.Superseded.Count} left to another job's later upload of the same name ({string.Join(", ", result.Superseded)})");
        var text = $"release {result.Tag ?? _target.Tag}{(result.Created ? " (created)" : "")} notes: {string.Join(", ", counts)}";
        return result.Changed ? $"{text} ({result.HtmlUrl})" : $"{text}; nothing to write";
    }

    // The library's advice speaks of the GitHub Action's github-token input; a build user needs the variable's name.
    private MirrorAceException WithTokenHint(MirrorAceException error) =>
        error.Code is GitHubErrorCodes.PermissionDenied or GitHubErrorCodes.BadToken or GitHubErrorCodes.ReleaseNotFound
            ? new MirrorAceException(error.Code, error.Problem, $"{error.Advice} The MirrorAceUpload task reads the token from the environment variable {_tokenVariable}.",
                error.FilePath, error.Step, error.ServerMessage, error)
            : error;
}
