namespace MirrorAce.GitHub;

/// <summary>What <see cref="ReleaseNotesPublisher"/> did to a release's notes.</summary>
/// <param name="ReleaseId">The release written to; null when there were no files, and so nothing was asked of GitHub.</param>
/// <param name="Tag">The release's tag, when known.</param>
/// <param name="HtmlUrl">The release's page.</param>
/// <param name="Changed">Whether the notes were written at all; false when they already listed every file exactly.</param>
/// <param name="Added">Files that were not listed before.</param>
/// <param name="Replaced">Files listed before with other details (a re-upload under the same name), now replaced.</param>
/// <param name="AlreadyListed">Files listed before exactly as they would be written.</param>
/// <param name="Superseded">Files whose row another job replaced, while this one was writing, with its own upload under the same name; the later upload stays listed.</param>
/// <param name="Writes">How many writes it took (more than one when another writer got in between); creating the release counts as one.</param>
/// <param name="Created">Whether this job created the release (create-release) and its release is the one kept.</param>
public sealed record ReleaseNotesResult(
    long? ReleaseId,
    string? Tag,
    string? HtmlUrl,
    bool Changed,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Replaced,
    IReadOnlyList<string> AlreadyListed,
    IReadOnlyList<string> Superseded,
    int Writes,
    bool Created = false);
