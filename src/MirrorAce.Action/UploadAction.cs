using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.Action;

/// <summary>
/// One run of the action: secrets masked, inputs checked, then one publish run of the engine (files, release, reuse,
/// upload, notes, link check) and its result rendered for GitHub. Nothing is uploaded or listed here.
/// </summary>
internal sealed class UploadAction(ActionInputs inputs, GitHubContext github, WorkflowCommands log)
{
    public const int Succeeded = 0;
    public const int Failed = 1;

    /// <summary>How the engine's advice names the action's inputs.</summary>
    public static readonly DoorTerms Terms = new("split: true", "include-hidden-files: true", "reuse: false", "the input 'github-token'", "the output 'links'")
    {
        Repository = "GITHUB_REPOSITORY (GitHub Actions sets it)",
        ReleaseTag = "the input 'release-tag'",
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
        GitHubRelease? release;
        try
        {
            var create = settings.CreateRelease ? new ReleaseCreation(settings.ReleaseDraft, TargetCommitish: github.Sha) : null;
            release = GitHubRelease.Resolve(settings.ReleaseTag, github.Repository, github.ApiUrl, settings.GitHubToken, github.EventPath, create, Terms);
        }
        catch (MirrorAceException e)
        {
            log.Error(e.Message + " Nothing was uploaded.", e.Code);
            return Failed;
        }
        if (release is null && (settings.MirrorReleaseAssets || settings.Verify || settings.CreateRelease))
        {
            var input = settings.MirrorReleaseAssets ? "mirror-release-assets" : settings.Verify ? "verify" : "create-release";
            log.Error($"The input '{input}' needs a release, and there is none: set the input 'release-tag', or run the workflow on a 'release' event.", ErrorCodes.InvalidArgument);
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
            Split = settings.Split,
            Terms = Terms,
        };
        var request = new PublishRequest
        {
            Files = settings.Patterns,
            IncludeHidden = settings.IncludeHiddenFiles,
            IfNoFilesFound = settings.IfNoFilesFound,
            MirrorReleaseAssets = settings.MirrorReleaseAssets,
            DryRun = settings.DryRun,
            Reuse = settings.Reuse,
            CacheFiles = github.UploadCache is { } cache ? [cache] : [],
            Release = release,
            VerifyRelease = settings.Verify,
            Checksums = settings.Checksums,
        };
        MirrorAcePublisher publisher;
        try { publisher = new MirrorAcePublisher(settings.Credentials, options); }
        catch (MirrorAceException e)
        {
            log.Error(e.Message, e.Code);
            return Failed;
        }
        var progress = new ProgressLines(Log);
        var result = await publisher.RunAsync(request, progress, cancellationToken);
        return new RunReport(github, log).Write(result, settings, release?.Description) ? Succeeded : Failed;
    }

    /// <summary>A progress line in the log: the run's stages fold into groups, a warning is an annotation.</summary>
    private void Log(ProgressLine line)
    {
        switch (line.Kind)
        {
            case ProgressLineKind.Stage: log.Group(line.Text); break;
            case ProgressLineKind.StageEnd: log.EndGroup(); break;
            case ProgressLineKind.Warning: log.Warning(line.Text, line.Code); break;
            default: log.Line(line.Text); break;
        }
    }
}
