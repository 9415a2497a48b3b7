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
    /// <exception cref="MirrorAceException">MA3008 without a repository and MA3006 without a token, naming the property and variable; the engine's other refusals.</exception>
    public static IReleaseNotes? Resolve(string? tag, string? repository, string? apiUrl, string tokenVariable, bool create, bool draft, DoorTerms terms,
        Func<string, string?> read)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        tag = tag.Trim();
        // The library's words speak of the action's inputs; a build user sets a property and a variable.
        if (string.IsNullOrWhiteSpace(repository))
        {
            throw new MirrorAceException(ErrorCodes.InvalidRepository, $"No GitHub repository is set for the notes of release '{tag}'",
                "Set MirrorAceGitHubRepository to owner/name, or build where GITHUB_REPOSITORY is set (GitHub Actions sets it).");
        }
        if (string.IsNullOrWhiteSpace(read(tokenVariable)))
        {
            throw new MirrorAceException(ErrorCodes.BadToken,
                $"The environment variable {tokenVariable} holds no GitHub token, so the notes of release '{tag}' of {repository.Trim()} cannot be written",
                $"Set {tokenVariable} for the build (in GitHub Actions, on the step: 'env: {tokenVariable}: ${{{{ github.token }}}}') and give the job "
                + "'permissions: contents: write'; or leave MirrorAceReleaseTag empty to leave the release notes alone. Nothing was uploaded.");
        }
        var creation = create ? new ReleaseCreation(draft, TargetCommitish: read("GITHUB_SHA")) : null;
        return GitHubRelease.Resolve(tag, repository, apiUrl, read(tokenVariable), read("GITHUB_EVENT_PATH"), creation, terms);
    }
}
