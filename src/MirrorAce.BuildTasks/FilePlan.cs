using MirrorAce.Upload;

namespace MirrorAce.BuildTasks;

/// <summary>
/// What a dry run found for one requested file: the engine's plan, or, for a file the cache would reuse,
/// the uploads (the file, or its parts) a real build would hand back without sending a byte.
/// </summary>
internal sealed record FilePlan(RequestedFile Request, PlannedUpload Plan, IReadOnlyList<UploadedFile> Reuses)
{
    public static FilePlan Upload(RequestedFile request, PlannedUpload plan) => new(request, plan, []);

    public static FilePlan FromCache(RequestedFile request, long size, IReadOnlyList<UploadedFile> reuses) =>
        new(request, new PlannedUpload(request.ItemSpec, size, 0, reuses[0].Mirrors, reuses[0], null) { Parts = reuses.Count }, reuses);
}
