namespace MirrorAce.Upload;

/// <summary>
/// Receives what happens during uploads, for a front door to render. Called from several threads
/// when files upload in parallel; every method has an empty default.
/// </summary>
public interface IUploadListener
{
    /// <summary>A file's upload begins.</summary>
    void OnFileStarted(string path, long size) { }
    /// <summary>Bytes left for the server; <see cref="UploadProgress.FileBytes"/> may go back on a restart.</summary>
    void OnProgress(UploadProgress progress) { }
    /// <summary>A retry, a restart, or something else worth one log line.</summary>
    void OnNotice(UploadNotice notice) { }
    /// <summary>A file is done, uploaded or failed.</summary>
    void OnFileFinished(FileUploadResult result) { }
}

/// <summary>Where one file's upload stands, and the whole run's.</summary>
/// <param name="Path">The file as given.</param>
/// <param name="FileBytes">Bytes of this file sent so far in the current attempt.</param>
/// <param name="FileSize">The file's size.</param>
/// <param name="TotalBytes">Bytes sent so far for every file of the run.</param>
/// <param name="TotalSize">The size of every file of the run.</param>
public readonly record struct UploadProgress(string Path, long FileBytes, long FileSize, long TotalBytes, long TotalSize);

/// <summary>What a notice is about.</summary>
public enum NoticeKind
{
    /// <summary>A request is sent again after a backoff.</summary>
    Retry,
    /// <summary>A file starts again from byte 0 with fresh upload variables.</summary>
    Restart,
    /// <summary>Anything else worth one line.</summary>
    Info,
    /// <summary>A result of the run beyond its files (what the release's notes now list): shown as prominently as a file's result.</summary>
    Outcome,
}

/// <summary>One log line's worth: a retry, a restart, a warning.</summary>
/// <param name="Kind">What it is about.</param>
/// <param name="Path">The file concerned, when there is one.</param>
/// <param name="Message">The line to show.</param>
public sealed record UploadNotice(NoticeKind Kind, string? Path, string Message);
