using MirrorAce.Upload;

namespace MirrorAce.Publishing;

/// <summary>
/// What a dry run tells a door, in every door: the run's own lines (the release read, warnings, stages), not the per-file
/// ones. The plan says what would be reused; a file's "reused …" line would read as if it had been.
/// </summary>
internal sealed class PlanningListener(IPublishListener inner) : IPublishListener
{
    public void OnNotice(UploadNotice notice)
    {
        if (notice.Path is null) inner.OnNotice(notice);
    }

    public void OnWarning(string code, string message) => inner.OnWarning(code, message);

    public void OnStageStarted(string title) => inner.OnStageStarted(title);

    public void OnStageFinished() => inner.OnStageFinished();
}
