namespace MirrorAce.Upload;

/// <summary>What a run would do with one file: the dry run's answer.</summary>
/// <param name="Path">The file as requested.</param>
/// <param name="Size">Bytes (0 when the file could not be inspected).</param>
/// <param name="Chunks">Requests its bytes would take.</param>
/// <param name="Mirrors">The mirrors it would go to.</param>
/// <param name="ReusedFrom">An earlier upload of the same bytes that would be reused instead.</param>
/// <param name="Error">Why it could not be uploaded.</param>
public sealed record PlannedUpload(string Path, long Size, long Chunks, IReadOnlyList<string> Mirrors, UploadedFile? ReusedFrom, MirrorAceException? Error)
{
    /// <summary>How many numbered parts the file would be split into (1: not split).</summary>
    public int Parts { get; init; } = 1;
}
