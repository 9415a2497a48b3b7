using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.Output;

/// <summary>
/// Progress as log lines, for a log that cannot redraw: a line when a file starts, one per tenth of a large file (a chunk can
/// be 100 MB, so per-chunk lines would be too few and per-buffer lines far too many), a line per retry, restart and reuse, and
/// one when a file ends. Parallel uploads interleave, so each line names its file. The door says where a line goes.
/// </summary>
/// <param name="write">Receives each line and what it is about.</param>
public sealed class ProgressLines(Action<ProgressLine> write) : IPublishListener
{
    /// <summary>Files smaller than this upload in seconds: tenths of them would only be noise.</summary>
    public const long TenthsFrom = 4L << 20;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _lastTenth = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void OnStageStarted(string title) => write(new ProgressLine(ProgressLineKind.Stage, title));

    /// <inheritdoc />
    public void OnStageFinished() => write(new ProgressLine(ProgressLineKind.StageEnd, ""));

    /// <inheritdoc />
    public void OnWarning(string code, string message) => write(new ProgressLine(ProgressLineKind.Warning, message, code));

    /// <inheritdoc />
    public void OnFileStarted(string path, long size)
    {
        lock (_gate) _lastTenth[path] = 0;
        write(new ProgressLine(ProgressLineKind.Started, RunText.Started(path, size)));
    }

    /// <inheritdoc />
    public void OnProgress(UploadProgress progress)
    {
        if (progress.FileSize < TenthsFrom) return;
        var tenth = (int)(progress.FileBytes * 10 / progress.FileSize);
        lock (_gate)
        {
            var last = _lastTenth.GetValueOrDefault(progress.Path);
            // A restart begins again from byte 0: its tenths are told anew.
            if (tenth < last) _lastTenth[progress.Path] = tenth;
            if (tenth <= last || tenth >= 10) return;
            _lastTenth[progress.Path] = tenth;
        }
        write(new ProgressLine(ProgressLineKind.Progress, RunText.Progress(progress.Path, tenth, progress.FileBytes, progress.FileSize)));
    }

    /// <inheritdoc />
    public void OnNotice(UploadNotice notice) =>
        write(new ProgressLine(notice.Kind switch
        {
            NoticeKind.Restart => ProgressLineKind.Restart,
            NoticeKind.Outcome => ProgressLineKind.Outcome,
            _ => ProgressLineKind.Notice,
        }, RunText.Notice(notice)));

    /// <inheritdoc />
    public void OnFileFinished(FileUploadResult result) =>
        write(new ProgressLine(result.Succeeded ? ProgressLineKind.Finished : ProgressLineKind.Failed, RunText.Finished(result)));
}

/// <summary>What a progress line is about, so a door can weigh it (an MSBuild importance, a workflow group).</summary>
public enum ProgressLineKind
{
    /// <summary>A stage of the run begins (a log group's title).</summary>
    Stage,
    /// <summary>The stage ends.</summary>
    StageEnd,
    /// <summary>A file begins.</summary>
    Started,
    /// <summary>A tenth of a file is out.</summary>
    Progress,
    /// <summary>A retry, a reuse, anything routine.</summary>
    Notice,
    /// <summary>A file starts again from byte 0.</summary>
    Restart,
    /// <summary>A file is on MirrorAce.</summary>
    Finished,
    /// <summary>A file failed; its error is reported once, by the door, at the end.</summary>
    Failed,
    /// <summary>A warning that fails nothing.</summary>
    Warning,
    /// <summary>A result of the run beyond its files: what the release's notes now list.</summary>
    Outcome,
}

/// <summary>One line of progress.</summary>
/// <param name="Kind">What it is about.</param>
/// <param name="Text">The line, not yet escaped for where it goes.</param>
/// <param name="Code">The code of a warning.</param>
public readonly record struct ProgressLine(ProgressLineKind Kind, string Text, string? Code = null);
