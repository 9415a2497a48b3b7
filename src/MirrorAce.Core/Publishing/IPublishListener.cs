using MirrorAce.Upload;

namespace MirrorAce.Publishing;

/// <summary>
/// Receives what a publish run does, for a door to render: the upload events, and the run's stages (uploading files,
/// having MirrorAce fetch URLs), which a CI log may fold into groups. Every method has an empty default.
/// </summary>
public interface IPublishListener : IUploadListener
{
    /// <summary>A stage begins: one line that says what is about to happen.</summary>
    void OnStageStarted(string title) { }

    /// <summary>The stage begun last is over.</summary>
    void OnStageFinished() { }

    /// <summary>Something worth a warning that fails nothing (a pattern that matched nothing under <see cref="IfNoFilesFound.Warn"/>, a cache not written).</summary>
    void OnWarning(string code, string message) { }
}
