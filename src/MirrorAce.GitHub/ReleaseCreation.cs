namespace MirrorAce.GitHub;

/// <summary>
/// How to create the release when no release has the tag (<c>create-release</c>, <c>MirrorAceCreateRelease</c>);
/// set as <see cref="ReleaseNotesOptions.CreateRelease"/>. Matrix jobs racing to create it end with one release.
/// </summary>
/// <param name="Draft">Create a draft instead of a published release. Drafts may share a tag on GitHub, so racing jobs keep the oldest and delete the rest.</param>
/// <param name="Prerelease">Mark the release as a prerelease.</param>
/// <param name="TargetCommitish">The commit the tag is created at when it does not exist yet (<c>GITHUB_SHA</c>); null for the repository's default branch.</param>
public sealed record ReleaseCreation(bool Draft = false, bool Prerelease = false, string? TargetCommitish = null);
