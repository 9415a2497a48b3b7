namespace MirrorAce.GitHub;

/// <summary>
/// The coded errors of release notes (MA30xx), next to the engine's <see cref="ErrorCodes"/>.
/// Codes are stable: users grep logs and CI annotations for them.
/// </summary>
public static class GitHubErrorCodes
{
    /// <summary>The release does not exist, or the token cannot see the repository.</summary>
    public const string ReleaseNotFound = "MA3001";
    /// <summary>The token may read the release but not edit it: it lacks <c>contents: write</c>.</summary>
    public const string PermissionDenied = "MA3002";
    /// <summary>The notes with the links section would exceed GitHub's 125,000-character limit.</summary>
    public const string BodyTooLong = "MA3003";
    /// <summary>Other writers kept overwriting the notes; our rows were still missing after every attempt.</summary>
    public const string ConcurrentEdits = "MA3004";
    /// <summary>The notes hold a start marker without an end marker, so the section's extent is unknown.</summary>
    public const string SectionDamaged = "MA3005";
    /// <summary>The GitHub token is missing, or GitHub refused it (401).</summary>
    public const string BadToken = "MA3006";
    /// <summary>The event payload at <c>GITHUB_EVENT_PATH</c> could not be read as JSON.</summary>
    public const string EventPayloadUnreadable = "MA3007";
    /// <summary>The repository is not of the form <c>owner/name</c>.</summary>
    public const string InvalidRepository = "MA3008";
    /// <summary>GitHub's rate limits did not lift within the retries allowed.</summary>
    public const string RateLimited = "MA3009";
    /// <summary>GitHub answered another error, or could not be reached.</summary>
    public const string RequestFailed = "MA3010";
    /// <summary>The release tag is not a valid Git tag name (control characters, '..', a leading '-' and the like).</summary>
    public const string InvalidTag = "MA3011";
    /// <summary>GitHub refused to create the missing release (create-release), for another reason than a racing job having created it.</summary>
    public const string CreateFailed = "MA3012";
    /// <summary>This job's draft lost a race with another job's draft of the same tag, and could not be deleted: two drafts remain.</summary>
    public const string DuplicateDraft = "MA3013";
}
