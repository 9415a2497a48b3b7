using MirrorAce.Upload;

namespace MirrorAce.GitHub;

/// <summary>What a release holds that matters to a run: the links its notes already list, and its attached files.</summary>
/// <param name="ReleaseId">The release's id.</param>
/// <param name="Tag">The release's tag.</param>
/// <param name="HtmlUrl">The release's page.</param>
/// <param name="Draft">Whether it is a draft: its assets cannot be downloaded without a token.</param>
/// <param name="Rows">The rows of the links section (<see cref="ReleaseNotesSection.ReadRows"/>), sorted by name; their <c>Path</c> is empty.</param>
/// <param name="Assets">The uploaded assets, in GitHub's order; empty unless asked for.</param>
/// <param name="Exists">False when no release has the tag yet and it is to be created (<see cref="ReleaseNotesOptions.CreateRelease"/>): then there is nothing to reuse and <paramref name="ReleaseId"/> is 0.</param>
public sealed record ReleaseContents(
    long ReleaseId,
    string? Tag,
    string? HtmlUrl,
    bool Draft,
    IReadOnlyList<UploadedFile> Rows,
    IReadOnlyList<ReleaseAssetFile> Assets,
    bool Exists = true);
