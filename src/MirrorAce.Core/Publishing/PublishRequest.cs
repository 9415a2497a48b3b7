using MirrorAce.Upload;

namespace MirrorAce.Publishing;

/// <summary>
/// What one publish run is asked to do: the per-call half of a run (the account, limits and retries are the
/// <see cref="UploadOptions"/> a <see cref="MirrorAcePublisher"/> is made with). Every door fills the same fields, so
/// the same input means the same thing everywhere.
/// </summary>
public sealed record PublishRequest
{
    /// <summary>Paths, folders (every non-hidden file beneath) and globs, relative to the base directory; <c>!pattern</c> leaves files out.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>
    /// Whether <see cref="Files"/> were expanded by a tool before (MSBuild items): each is taken as a file, and one with a
    /// hidden segment below the base directory is left out unless <see cref="IncludeHidden"/>, since a matched hidden file
    /// can no longer be told from a named one.
    /// </summary>
    public bool FilesAreExpanded { get; init; }

    /// <summary>Whether folders and globs take hidden files and folders (<c>.git</c>, <c>.env</c>) too.</summary>
    public bool IncludeHidden { get; init; }

    /// <summary>Mirror ids for single files, by the path as given in <see cref="Files"/>; others get the run's mirrors.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MirrorsByFile { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>What a pattern that matches no file means; a path that names no file is such a pattern too (as actions/upload-artifact reads it).</summary>
    public IfNoFilesFound IfNoFilesFound { get; init; } = IfNoFilesFound.Error;

    /// <summary>URLs MirrorAce fetches itself (remote upload), after the files.</summary>
    public IReadOnlyList<Uri> Urls { get; init; } = [];

    /// <summary>Whether MirrorAce also fetches the release's attached files (those not named like a file of this run).</summary>
    public bool MirrorReleaseAssets { get; init; }

    /// <summary>Whether to only check and plan: no file byte is sent, nothing is written.</summary>
    public bool DryRun { get; init; }

    /// <summary>The links JSON to write, rewritten as each file finishes (a killed run keeps what it uploaded); null for none.</summary>
    public string? LinksFile { get; init; }

    /// <summary>Whether earlier uploads of the same bytes are reused (links files, the release's notes, the caches); without, this run's uploads are still recorded in the caches.</summary>
    public bool Reuse { get; init; } = true;

    /// <summary>Links of earlier runs given by the user (<c>--reuse-links</c>); the <see cref="LinksFile"/> of the last run counts too.</summary>
    public IReadOnlyList<UploadedFile> EarlierLinks { get; init; } = [];

    /// <summary>Upload caches to read candidates from and record this run's uploads in: the per-user one, a build's obj/ one.</summary>
    public IReadOnlyList<string> CacheFiles { get; init; } = [];

    /// <summary>The release whose notes list the files (read first, for reuse; written last); null for none.</summary>
    public IReleaseNotes? Release { get; init; }

    /// <summary>
    /// Whether to make a <c>SHA256SUMS</c> manifest of the run's files (with a release: of every file its notes list with a
    /// SHA-256), upload it with them and list it like any file.
    /// </summary>
    public bool Checksums { get; init; }

    /// <summary>Whether to check, at the end, every link the release's notes list (<see cref="LinkHealth"/>).</summary>
    public bool VerifyRelease { get; init; }
}
