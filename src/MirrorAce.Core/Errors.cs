namespace MirrorAce;

/// <summary>
/// The coded errors a run raises, one named method each (as MinVer's <c>Logger</c> and CliWrap's exception factories do):
/// the code, the words and the advice live here once. Advice that names a setting takes the door's own name for it
/// (<see cref="DoorTerms"/>) instead of being patched by the door afterwards.
/// </summary>
public static class Errors
{
    /// <summary>MA1004: a file not smaller than the account's <c>max_file_size</c>, without splitting.</summary>
    public static MirrorAceException FileTooLarge(string path, long size, long maxFileSize, DoorTerms terms) =>
        new(ErrorCodes.FileTooLarge, $"The file is {size:N0} bytes; the account accepts files smaller than {maxFileSize:N0} bytes",
            $"Let it be split into numbered parts ({terms.Split}), or raise the limit of your MirrorAce account.", path, UploadStep.Validate);

    /// <summary>MA1005: patterns that matched no file, under <see cref="Publishing.IfNoFilesFound.Error"/>.</summary>
    public static MirrorAceException NoFilesMatched(IReadOnlyList<string> patterns) =>
        new(ErrorCodes.NoFilesMatched, patterns.Count == 1 ? "No file matches this pattern" : "No file matches these patterns",
            "Check the pattern and that the files were built; nothing was uploaded.", string.Join(", ", patterns), UploadStep.Validate);

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

    /// <summary>MA1043: the run's deadline passed before this file finished.</summary>
    public static MirrorAceException DeadlinePassed(TimeSpan? deadline) => new(ErrorCodes.DeadlineExceeded,
        $"The run's deadline of {deadline?.TotalSeconds:0} s passed before this file finished; no link is published for it",
        "Raise the deadline, or run again on a faster network.");
}
