using MirrorAce.Upload;

namespace MirrorAce.Publishing;

/// <summary>
/// The release whose notes list a run's links. The engine defines it and MirrorAce.GitHub implements it, so the
/// engine knows no GitHub library and every door lists files through the same run.
/// </summary>
public interface IReleaseNotes
{
    /// <summary>What release and where, for messages: <c>release 'v1.2' of owner/repo</c>.</summary>
    string Description { get; }

    /// <summary>The rows its notes list (earlier uploads to reuse) and, with <paramref name="withAssets"/>, its attached files.</summary>
    /// <exception cref="MirrorAceException">A coded error when the release cannot be read: then nothing is uploaded.</exception>
    Task<ReleaseSnapshot> ReadAsync(bool withAssets, Action<string> onNotice, CancellationToken cancellationToken);

    /// <summary>Merges <paramref name="files"/> into the notes (creating the release when asked to), each row under its own name.</summary>
    /// <param name="files">What the run uploaded or reused.</param>
    /// <param name="namesByPath">Names for rows a path cannot name: a mirrored asset's URL.</param>
    /// <param name="onNotice">Told about waits and lost races, one line each.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="MirrorAceException">A coded error when GitHub refused or could not be reached.</exception>
    Task<ReleaseNotesOutcome> ListAsync(IReadOnlyList<UploadedFile> files, IReadOnlyDictionary<string, string> namesByPath, Action<string> onNotice,
        CancellationToken cancellationToken);
}

/// <summary>What a release holds that matters to a run.</summary>
/// <param name="Tag">Its tag, when known.</param>
/// <param name="Exists">False when no release has the tag yet and it is to be created after the upload.</param>
/// <param name="Draft">Whether it is (or will be created as) a draft: a draft's assets cannot be fetched without a token.</param>
/// <param name="Rows">The links its notes list.</param>
/// <param name="Assets">Its attached files; empty unless asked for.</param>
public sealed record ReleaseSnapshot(string? Tag, bool Exists, bool Draft, IReadOnlyList<UploadedFile> Rows, IReadOnlyList<ReleaseAsset> Assets);

/// <summary>A file attached to a release, as MirrorAce would fetch it.</summary>
/// <param name="Name">The asset's file name.</param>
/// <param name="Size">Bytes, as the release reports them.</param>
/// <param name="DownloadUrl">The public download URL MirrorAce fetches.</param>
public sealed record ReleaseAsset(string Name, long Size, Uri DownloadUrl);

/// <summary>What listing the files did to the release's notes.</summary>
/// <param name="Tag">The release's tag, when known.</param>
/// <param name="HtmlUrl">The release's page.</param>
/// <param name="Changed">Whether the notes were written; false when they already listed every file exactly.</param>
/// <param name="Created">Whether this run created the release, and its release is the one kept.</param>
/// <param name="Added">Names not listed before.</param>
/// <param name="Replaced">Names listed before with other details, now replaced.</param>
/// <param name="AlreadyListed">Names listed exactly so already.</param>
/// <param name="Superseded">Names another job listed with a later upload while this one wrote; theirs stays.</param>
public sealed record ReleaseNotesOutcome(string? Tag, string? HtmlUrl, bool Changed, bool Created,
    IReadOnlyList<string> Added, IReadOnlyList<string> Replaced, IReadOnlyList<string> AlreadyListed, IReadOnlyList<string> Superseded);
