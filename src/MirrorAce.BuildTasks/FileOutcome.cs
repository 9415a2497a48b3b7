using MirrorAce.Upload;

namespace MirrorAce.BuildTasks;

/// <summary>What became of one requested file: uploaded now, reused from an earlier build, or failed.</summary>
internal sealed record FileOutcome(RequestedFile Request, UploadedFile? File, MirrorAceException? Error, bool Reused)
{
    public static FileOutcome Uploaded(RequestedFile request, UploadedFile file) => new(request, file, null, Reused: false);

    public static FileOutcome FromCache(RequestedFile request, UploadedFile file) => new(request, file, null, Reused: true);

    public static FileOutcome Failed(RequestedFile request, MirrorAceException error) => new(request, null, error, Reused: false);
}
