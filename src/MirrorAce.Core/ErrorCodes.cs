namespace MirrorAce;

/// <summary>
/// The catalogue of coded errors, one constant per failure, every door's in one place. Codes are stable: users grep logs
/// and CI annotations for them. MA1xxx: the engine's, the same in every door. MA2xxx: the MSBuild door's own (MA2003 and
/// MA2004 are retired: a cache or links file not written is MA1009 or MA1008, as in every door). MA3xxx: GitHub releases, raised
/// by MirrorAce.GitHub for every door that lists files in a release.
/// </summary>
public static class ErrorCodes
{
    // MA1000-MA1009: the local files.
    /// <summary>The local file does not exist.</summary>
    public const string FileNotFound = "MA1001";
    /// <summary>The path names a directory, not a file.</summary>
    public const string PathIsDirectory = "MA1002";
    /// <summary>The file has no bytes; MirrorAce cannot store an empty file.</summary>
    public const string EmptyFile = "MA1003";
    /// <summary>The file is not smaller than the account's <c>max_file_size</c>.</summary>
    public const string FileTooLarge = "MA1004";
    /// <summary>A glob matched no file, or a pattern is malformed.</summary>
    public const string NoFilesMatched = "MA1005";
    /// <summary>The file could not be read.</summary>
    public const string FileUnreadable = "MA1006";
    /// <summary>The file was not uploaded because another input of the run was invalid.</summary>
    public const string NotAttempted = "MA1007";
    /// <summary>The links file (or Markdown file) could not be written.</summary>
    public const string LinksNotWritten = "MA1008";
    /// <summary>The upload cache (per user, or a build's obj/ folder) could not be written; the next run may upload again.</summary>
    public const string CacheNotWritten = "MA1009";

    // MA1010-MA1019: the mirrors.
    /// <summary>A requested mirror id is not offered to the account.</summary>
    public const string UnknownMirror = "MA1010";
    /// <summary>A requested mirror is offered but disabled for the account.</summary>
    public const string MirrorDisabled = "MA1011";
    /// <summary>More mirrors were requested than <c>max_mirrors</c> allows.</summary>
    public const string TooManyMirrors = "MA1012";
    /// <summary>No mirror was requested and the account has no usable default mirror.</summary>
    public const string NoMirrors = "MA1013";

    // MA1020-MA1029: settings, URLs and credentials.
    /// <summary>The API key or token is missing.</summary>
    public const string MissingCredentials = "MA1020";
    /// <summary>A URL uses plain HTTP to a host other than loopback.</summary>
    public const string InsecureUrl = "MA1021";
    /// <summary>A URL or option value is malformed.</summary>
    public const string InvalidArgument = "MA1022";
    /// <summary>A credential (API key, API token, file password, GitHub token) is too short or holds control characters.</summary>
    public const string MalformedCredentials = "MA1023";

    // MA1030-MA1039: the server's answers.
    /// <summary>The server answered <c>status: error</c>; its own words are in the message.</summary>
    public const string ServerRefused = "MA1030";
    /// <summary>The server answered something that is not the MirrorAce JSON envelope (HTML, garbage).</summary>
    public const string UnreadableAnswer = "MA1031";
    /// <summary>The server answered JSON that lacks or mistypes a field we need.</summary>
    public const string MalformedAnswer = "MA1032";
    /// <summary>The server answered an HTTP error status.</summary>
    public const string HttpError = "MA1033";
    /// <summary>A field of the server's answer (a url, a slug, a name) is not safe to publish: wrong scheme, control characters, too long.</summary>
    public const string UntrustedAnswer = "MA1034";

    // MA1040-MA1049: the network, restarts and the deadline.
    /// <summary>The network failed and retries were exhausted.</summary>
    public const string NetworkFailure = "MA1040";
    /// <summary>The upload was restarted as many times as allowed and still failed.</summary>
    public const string RestartsExhausted = "MA1042";
    /// <summary>The overall deadline passed.</summary>
    public const string DeadlineExceeded = "MA1043";

    // MA1050-MA1059: verifying an upload.
    /// <summary>The server's record of the uploaded file does not match the local file.</summary>
    public const string VerificationFailed = "MA1050";
    /// <summary>The local file changed while it was being uploaded.</summary>
    public const string FileChanged = "MA1051";

    // MA1060-MA1069: stopping.
    /// <summary>The operation was cancelled before this file finished.</summary>
    public const string Cancelled = "MA1060";

    // MA1070-MA1079: what a run may publish.
    /// <summary>A file's real path (symlinks resolved) lies outside the workspace the run may publish from.</summary>
    public const string OutsideWorkspace = "MA1070";
    /// <summary>The path names a device, a FIFO or a socket, not a regular file.</summary>
    public const string NotRegularFile = "MA1071";
    /// <summary>Two files of one run would be stored under the same name.</summary>
    public const string DuplicateName = "MA1072";

    // MA2xxx: the MSBuild door's own. MA2001 and MA2002 are raised by the package's targets, in XML; they are here so every code has one home.
    /// <summary>This MSBuild cannot run the task: it needs MSBuild 18 (the .NET 10 SDK, or Visual Studio 2026).</summary>
    public const string UnsupportedMSBuild = "MA2001";
    /// <summary>The upload target ran with no <c>MirrorAceUploadFile</c> items.</summary>
    public const string NothingToUpload = "MA2002";
    /// <summary>The MSBuild task's summary file (what the terminal logger points at) could not be written; the uploads are unaffected.</summary>
    public const string SummaryNotWritten = "MA2005";

    // MA3xxx: GitHub releases (MirrorAce.GitHub), for every door that lists files in a release.
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
