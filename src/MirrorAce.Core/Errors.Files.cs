namespace MirrorAce;

// The local files: each checked before any byte is sent, or found changed while it was read.
public static partial class Errors
{
    /// <summary>MA1002: the path names a directory.</summary>
    public static MirrorAceException PathIsDirectory(string path) =>
        new(ErrorCodes.PathIsDirectory, "This is a directory, not a file",
            "Name the files inside it, or use a glob such as 'dir/**/*.zip'.", path, UploadStep.Validate);

    /// <summary>MA1001: nothing at the path, resolved against <paramref name="baseDirectory"/>.</summary>
    public static MirrorAceException FileNotFound(string path, string baseDirectory) =>
        new(ErrorCodes.FileNotFound, "The file does not exist",
            $"Check the path (it is resolved against {baseDirectory}); build or download the file first.", path, UploadStep.Validate);

    /// <summary>MA1001: the path is a symbolic link to <paramref name="target"/>, which does not exist.</summary>
    public static MirrorAceException LinkTargetNotFound(string path, string target) =>
        new(ErrorCodes.FileNotFound, $"The file is a symbolic link to {target}, which does not exist",
            "Build or download the file the link points at, or name the file itself.", path, UploadStep.Validate);

    /// <summary>MA1071: a device, a FIFO or a socket.</summary>
    public static MirrorAceException NotRegularFile(string path) =>
        new(ErrorCodes.NotRegularFile, "This is not a regular file (a device, a FIFO or a socket)",
            "Name the file that holds the artifact's bytes.", path, UploadStep.Validate);

    /// <summary>MA1003: a file of 0 bytes.</summary>
    public static MirrorAceException EmptyFile(string path) =>
        new(ErrorCodes.EmptyFile, "The file is empty (0 bytes); MirrorAce cannot store an empty file",
            "Check that the build produced it completely, or leave it out.", path, UploadStep.Validate);

    /// <summary>MA1004: a file not smaller than the account's <c>max_file_size</c>, without splitting.</summary>
    public static MirrorAceException FileTooLarge(string path, long size, long maxFileSize, DoorTerms terms) =>
        new(ErrorCodes.FileTooLarge, $"The file is {size:N0} bytes; the account accepts files smaller than {maxFileSize:N0} bytes",
            $"Let it be split into numbered parts ({terms.Split}), or raise the limit of your MirrorAce account.", path, UploadStep.Validate);

    /// <summary>MA1006: the symbolic links on the way to the file could not be resolved (they form a loop).</summary>
    public static MirrorAceException LinksUnresolvable(string path, IOException error) =>
        new(ErrorCodes.FileUnreadable, $"The file cannot be read: {error.Message}",
            "Replace the symbolic links on its way (they form a loop) with the file itself.", path, UploadStep.Validate, inner: error);

    /// <summary>MA1006: the file could not be opened when it was inspected, before anything was sent.</summary>
    public static MirrorAceException FileUnreadable(string path, Exception error) =>
        new(ErrorCodes.FileUnreadable, $"The file cannot be read: {error.Message}",
            "Check its permissions (the user running the upload must be able to read it) and that no other program holds it exclusively.",
            path, UploadStep.Validate, inner: error);

    /// <summary>MA1006: the file could not be opened to be uploaded.</summary>
    public static MirrorAceException FileUnreadableForUpload(string path, Exception error) =>
        new(ErrorCodes.FileUnreadable, $"The file cannot be read: {error.Message}",
            "Check its permissions and that no other program holds it exclusively.", path, UploadStep.Validate, inner: error);

    /// <summary>MA1070: the file's real path lies outside the workspace the run may publish from.</summary>
    public static MirrorAceException OutsideWorkspace(string path, string realPath, string workspace) =>
        new(ErrorCodes.OutsideWorkspace,
            $"Its real path {realPath} lies outside the workspace {workspace} (a symbolic link leads out of it); it was not published",
            "Copy the file into the workspace, or point the link at a file inside it.", path, UploadStep.Validate);

    /// <summary>MA1072: two different files of one run would be stored under one name.</summary>
    public static MirrorAceException DuplicateName(string path, string firstLinkPath, string secondLinkPath, string name) =>
        new(ErrorCodes.DuplicateName,
            $"Both {firstLinkPath} and {secondLinkPath} would be stored as '{name}'; the release notes and links list one file per name",
            "Give the files distinct names before uploading (e.g. app-linux.zip and app-windows.zip), or upload them to different releases. Nothing was sent.",
            path, UploadStep.Validate);

    /// <summary>MA1051: the file changed while it was being uploaded.</summary>
    public static MirrorAceException FileChanged(string? path, UploadStep step, Exception? inner = null) =>
        new(ErrorCodes.FileChanged, "The file changed while it was being uploaded; no link is published for it",
            "Upload it once whatever writes it has finished.", path, step, inner: inner);

    /// <summary>MA1051: the file became shorter while it was being hashed.</summary>
    public static MirrorAceException FileShrank(string path) =>
        new(ErrorCodes.FileChanged, "The file became shorter while it was being read; no link is published for it",
            "Upload it once whatever writes it has finished.", path, UploadStep.Validate);

    /// <summary>MA1005: a glob with <c>**</c> inside a path segment, or an empty one.</summary>
    public static MirrorAceException MalformedPattern(string pattern) =>
        new(ErrorCodes.NoFilesMatched, $"The pattern '{pattern}' is malformed",
            "Use '*' or '?' within a name and '**' only as a whole path segment, as in 'dist/**/*.zip'.", step: UploadStep.Validate);

    /// <summary>MA1005: patterns that matched no file, under <see cref="Publishing.IfNoFilesFound.Error"/>.</summary>
    public static MirrorAceException NoFilesMatched(IReadOnlyList<string> patterns) =>
        new(ErrorCodes.NoFilesMatched, patterns.Count == 1 ? "No file matches this pattern" : "No file matches these patterns",
            "Check the pattern and that the files were built; nothing was uploaded.", string.Join(", ", patterns), UploadStep.Validate);
}
