using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Action;

/// <summary>
/// Progress for a CI log, which cannot redraw a line: one line per file every 10 %, and a line
/// for every retry and restart. Parallel uploads interleave, so each line names its file.
/// </summary>
/// <param name="log">Where the lines go.</param>
/// <param name="remote">True for URLs MirrorAce fetches itself: no bytes, and no size, go from here.</param>
internal sealed class LogProgress(WorkflowCommands log, bool remote = false) : IUploadListener
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _lastTenth = new(StringComparer.Ordinal);

    public void OnFileStarted(string path, long size)
    {
        lock (_gate) _lastTenth[path] = 0;
        log.Line(remote ? $"{path}: MirrorAce is fetching it" : $"{path}: uploading {ByteSize.Format(size)}");
    }

    public void OnProgress(UploadProgress progress)
    {
        var tenth = (int)(progress.FileBytes * 10 / Math.Max(1, progress.FileSize));
        lock (_gate)
        {
            var last = _lastTenth.GetValueOrDefault(progress.Path);
            // A restart starts again from byte 0; its progress is reported anew.
            if (tenth < last) _lastTenth[progress.Path] = tenth;
            if (tenth <= last || tenth >= 10) return;
            _lastTenth[progress.Path] = tenth;
        }
        log.Line($"{progress.Path}: {tenth * 10}% ({ByteSize.Format(progress.FileBytes)} of {ByteSize.Format(progress.FileSize)})");
    }

    public void OnNotice(UploadNotice notice) =>
        log.Line(notice.Path is null ? notice.Message : $"{notice.Path}: {notice.Message}");

    public void OnFileFinished(FileUploadResult result) =>
        log.Line(result.Succeeded ? $"{result.Path}: done, {result.File.Url}" : $"{result.Path}: failed ({result.Error.Code})");
}
