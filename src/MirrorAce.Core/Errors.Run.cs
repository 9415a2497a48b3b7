namespace MirrorAce;

// The run as a whole: what it needs, what stops it, and what it writes after the uploads.
public static partial class Errors
{
    /// <summary>MA1007: a file not tried because another input of the run was wrong.</summary>
    public static MirrorAceException NotAttempted(string why) => new(ErrorCodes.NotAttempted, $"Not uploaded: {why}",
        "Fix the errors reported for the other files and run again; nothing was sent.", step: UploadStep.Validate);

    /// <summary>MA1008: the links file could not be written; the uploads stand.</summary>
    public static MirrorAceException LinksNotWritten(string path, string reason, DoorTerms terms) =>
        new(ErrorCodes.LinksNotWritten, $"The links could not be written to {path} ({reason})",
            $"Choose a writable path for {terms.LinksFile}; the files were uploaded and their links are in this run's output.", path);

    /// <summary>MA1009: the upload cache could not be written; the next run checks or uploads again, never publishes a wrong link.</summary>
    public static MirrorAceException CacheNotWritten(string path, string reason) =>
        new(ErrorCodes.CacheNotWritten, $"The upload cache {path} could not be written ({reason})",
            "Nothing is lost now; the next run may upload these files again. Check that the folder is writable.", path);

    /// <summary>MA1022: a run that asks for release assets or a link check without a release to read.</summary>
    public static MirrorAceException NeedsRelease(string what) =>
        new(ErrorCodes.InvalidArgument, $"{what} needs a release, and there is none", "Name the release by its tag (or run on a release event); nothing was sent.",
            step: UploadStep.Validate);

    /// <summary>MA1022: release assets of a draft, which MirrorAce cannot fetch.</summary>
    public static MirrorAceException DraftAssets(string release) =>
        new(ErrorCodes.InvalidArgument,
            $"The assets of {release} cannot be mirrored: it is a draft, and GitHub serves a draft's assets only with a token, which MirrorAce does not have",
            "Publish the release first, or upload the files themselves; nothing was uploaded.", step: UploadStep.Validate);

    /// <summary>MA1060: the run was stopped before this file finished.</summary>
    public static MirrorAceException Cancelled() => new(ErrorCodes.Cancelled, "Cancelled before this file finished; no link is published for it",
        "Run again to upload it: what finished is reused.");

    /// <summary>MA1060: the run was stopped while the release's notes were being written.</summary>
    public static MirrorAceException ListingCancelled(string release) =>
        new(ErrorCodes.Cancelled, $"Cancelled while writing the notes of {release}; they may not list this run's files",
            "Run again: the files are reused, and their rows are merged into the notes.");

    /// <summary>MA1060: the run was stopped before the release's links were checked.</summary>
    public static MirrorAceException CheckCancelled(string release) =>
        new(ErrorCodes.Cancelled, $"Cancelled before the links of {release} were checked", "Run again to check them.");

    /// <summary>MA1043: the run's deadline passed before this file finished.</summary>
    public static MirrorAceException DeadlinePassed(TimeSpan? deadline) => new(ErrorCodes.DeadlineExceeded,
        $"The run's deadline of {deadline?.TotalSeconds:0} s passed before this file finished; no link is published for it",
        "Raise the deadline, or run again on a faster network.");

    /// <summary>MA1060: the whole run was stopped before any file was tried.</summary>
    public static MirrorAceException RunCancelled(string when) => new(ErrorCodes.Cancelled, $"Cancelled {when}; nothing was uploaded",
        "Run again when ready.");
}
