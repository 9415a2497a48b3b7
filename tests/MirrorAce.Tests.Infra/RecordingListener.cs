using System.Collections.Concurrent;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Infra;

/// <summary>Keeps every event so tests can assert on retries, restarts and progress.</summary>
public sealed class RecordingListener : IUploadListener
{
    public ConcurrentQueue<UploadNotice> Notices { get; } = new();
    public ConcurrentQueue<UploadProgress> Progress { get; } = new();
    public ConcurrentQueue<FileUploadResult> Finished { get; } = new();

    public void OnNotice(UploadNotice notice) => Notices.Enqueue(notice);
    public void OnProgress(UploadProgress progress) => Progress.Enqueue(progress);
    public void OnFileFinished(FileUploadResult result) => Finished.Enqueue(result);

    public int Count(NoticeKind kind) => Notices.Count(n => n.Kind == kind);
}
