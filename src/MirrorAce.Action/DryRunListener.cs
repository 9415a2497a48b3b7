using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.Action;

/// <summary>
/// What a dry run lets through to the log: the run's own lines (the release read, warnings, stages), not the per-file ones.
/// The plan says what would be reused; a file's "reused …" line from the engine would read as if it had been.
/// </summary>
internal sealed class DryRunListener(IPublishListener inner) : IPublishListener
{
    public void OnNotice(UploadNotice notice)
    {
        if (notice.Path is null) inner.OnNotice(notice);
    }

    public void OnWarning(string code, string message) => inner.OnWarning(code, message);

    public void OnStageStarted(string title) => inner.OnStageStarted(title);

    public void OnStageFinished() => inner.OnStageFinished();
}
