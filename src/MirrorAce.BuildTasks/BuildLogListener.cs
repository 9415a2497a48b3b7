using Microsoft.Build.Framework;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.BuildTasks;

/// <summary>
/// Turns the engine's events into build log lines: a line when a file starts, every 10 % of a big
/// file (a chunk can be 100 MB, so per-chunk lines would be too few on slow links and per-buffer
/// lines far too many), retries and restarts, and each result. Failures are not logged here: the
/// task logs them once, as coded errors, in input order. File names and server words are made printable and
/// inert for a CI runner (<see cref="PrintableText.ForLog"/>): a log line cannot be fenced with stop-commands.
/// </summary>
internal sealed class BuildLogListener(LogPump pump) : IUploadListener
{
    /// <summary>Files smaller than this upload in seconds; percentages would only be noise.</summary>
    public const long ProgressThreshold = 4L << 20;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _lastTenth = new(StringComparer.Ordinal);

    public void OnFileStarted(string path, long size) =>
        pump.Post(log => log.LogMessage(MessageImportance.Normal, "MirrorAce: uploading {0} ({1})", PrintableText.ForLog(path), ByteSize.Format(size)));

    public void OnProgress(UploadProgress progress)
    {
        if (progress.FileSize < ProgressThreshold) return;
        var tenth = (int)(progress.FileBytes * 10 / progress.FileSize);
        lock (_gate)
        {
            var last = _lastTenth.GetValueOrDefault(progress.Path);
            if (tenth < last)
            {
                // A restart from byte 0: count the tenths again.
                _lastTenth[progress.Path] = tenth;
                return;
            }
            if (tenth == last || tenth >= 10) return;
            _lastTenth[progress.Path] = tenth;
        }
        pump.Post(log => log.LogMessage(MessageImportance.Normal, "MirrorAce: {0}: {1}% ({2} of {3})",
            PrintableText.ForLog(progress.Path), tenth * 10, ByteSize.Format(progress.FileBytes), ByteSize.Format(progress.FileSize)));
    }

    public void OnNotice(UploadNotice notice)
    {
        // A restart re-sends a whole file: worth seeing at the default verbosity. A retry is routine.
        var importance = notice.Kind == NoticeKind.Restart ? MessageImportance.High : MessageImportance.Normal;
        var text = notice.Path is null ? notice.Message : $"{notice.Path}: {notice.Message}";
        pump.Post(log => log.LogMessage(importance, "MirrorAce: {0}", PrintableText.ForLog(text)));
    }

    public void OnFileFinished(FileUploadResult result)
    {
        if (!result.Succeeded) return;
        foreach (var file in result.Uploaded)
        {
            var what = file.PartOf is { } part ? $"{result.Path} part {part.Index} of {part.Count}" : result.Path;
            pump.Post(log => log.LogMessage(MessageImportance.High, "MirrorAce: uploaded {0} -> {1} (name '{2}', {3}, sha256 {4})",
                PrintableText.ForLog(what), PrintableText.ForLog(file.Url), PrintableText.ForLog(file.Name), ByteSize.Format(file.Size), PrintableText.ForLog(file.Sha256)));
        }
    }
}
