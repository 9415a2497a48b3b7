using MirrorAce.Upload;

namespace MirrorAce.BuildTasks;

/// <summary>
/// What became of one requested file: uploaded now, reused from an earlier build, or failed. A file
/// split into numbered parts became several uploads; every other file became one.
/// </summary>
internal sealed record FileOutcome(RequestedFile Request, IReadOnlyList<UploadedFile> Uploads, MirrorAceException? Error, bool Reused)
{
    public static FileOutcome Uploaded(RequestedFile request, IReadOnlyList<UploadedFile> uploads) => new(request, uploads, null, Reused: false);

    public static FileOutcome FromCache(RequestedFile request, IReadOnlyList<UploadedFile> uploads) => new(request, uploads, null, Reused: true);

    public static FileOutcome Failed(RequestedFile request, MirrorAceException error) => new(request, [], error, Reused: false);
}
