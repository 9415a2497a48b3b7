namespace MirrorAce.Api;

/// <summary>What <c>file/upload</c> hands out for one upload. Good for one file only.</summary>
/// <param name="ServerFile">Where chunks are posted; used exactly as returned.</param>
/// <param name="ServerRemote">Where remote-URL uploads are posted; used exactly as returned.</param>
/// <param name="ChunkTracker">The <c>cTracker</c> that ties one file's chunks together.</param>
/// <param name="UploadKey">The key for this upload.</param>
/// <param name="UploadKeyExpiry">When the key expires if the upload has not started (UTC).</param>
/// <param name="Mirrors">Every mirror the account knows, with whether it is enabled.</param>
/// <param name="DefaultMirrors">The account's default mirror ids.</param>
/// <param name="MaxChunkSize">The most file bytes one request may carry.</param>
/// <param name="MaxFileSize">A file must be smaller than this.</param>
/// <param name="MaxMirrors">The most mirrors one upload may select.</param>
public sealed record UploadVariables(
    Uri ServerFile,
    Uri? ServerRemote,
    string ChunkTracker,
    string UploadKey,
    DateTimeOffset? UploadKeyExpiry,
    IReadOnlyDictionary<string, bool> Mirrors,
    IReadOnlyList<string> DefaultMirrors,
    long MaxChunkSize,
    long MaxFileSize,
    int MaxMirrors);
