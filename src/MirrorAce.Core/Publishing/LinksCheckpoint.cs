using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Publishing;

/// <summary>
/// Rewrites the links file each time a file finishes, so a run killed outright (a CI timeout, SIGKILL) still leaves the
/// links of what it uploaded, and the next run reuses them instead of uploading again.
/// </summary>
internal sealed class LinksCheckpoint(string path, IReadOnlyList<string> order, IPublishListener inner) : IPublishListener
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FileUploadResult> _finished = new(StringComparer.Ordinal);

    public void OnStageStarted(string title) => inner.OnStageStarted(title);

    public void OnStageFinished() => inner.OnStageFinished();

    public void OnWarning(string code, string message) => inner.OnWarning(code, message);

    public void OnFileStarted(string file, long size) => inner.OnFileStarted(file, size);

    public void OnProgress(UploadProgress progress) => inner.OnProgress(progress);

    public void OnNotice(UploadNotice notice) => inner.OnNotice(notice);

    public void OnFileFinished(FileUploadResult result)
    {
        inner.OnFileFinished(result);
        if (!result.Succeeded) return;
        lock (_gate)
        {
            _finished[result.Path] = result;
            var uploaded = order.Where(_finished.ContainsKey).SelectMany(p => _finished[p].Uploaded).ToList();
            // Synchronous on purpose: the file must be complete on disk before the next upload goes on.
            // A checkpoint that cannot be written costs nothing now: the end of the run reports it.
            try { LinksJson.WriteAsync(path, uploaded).GetAwaiter().GetResult(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }
}
