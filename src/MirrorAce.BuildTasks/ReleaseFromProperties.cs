using MirrorAce.GitHub;
using MirrorAce.Publishing;

namespace MirrorAce.BuildTasks;

/// <summary>
/// The release named by <c>MirrorAceReleaseTag</c>, resolved before anything is sent so a build that cannot write its
/// notes fails before it uploads. The tag is never taken from a release event alone: one build may pack many projects,
/// and only those that ask write to the release. The token is read from its variable here, never taken as a property.
/// </summary>
internal static class ReleaseFromProperties
{
    /// <exception cref="MirrorAceException">MA3008 without a repository, MA3006 without a token, MA3011 for the tag: their advice names the property and variable (<paramref name="terms"/>).</exception>
    public static IReleaseNotes? Resolve(string? tag, string? repository, string? apiUrl, string tokenVariable, bool create, bool draft, DoorTerms terms,
        Func<string, string?> read)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var creation = create ? new ReleaseCreation(draft, TargetCommitish: read("GITHUB_SHA")) : null;
        return GitHubRelease.Resolve(tag, repository ?? "", apiUrl, read(tokenVariable), read("GITHUB_EVENT_PATH"), creation, terms);
    }
}
