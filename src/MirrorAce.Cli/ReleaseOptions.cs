using System.CommandLine;
using MirrorAce.GitHub;
using MirrorAce.Publishing;

namespace MirrorAce.Cli;

/// <summary>
/// The options that list a run's files in a GitHub release's notes, as the action and the build task do: the token comes from
/// <c>GITHUB_TOKEN</c>, the API from <c>GITHUB_API_URL</c>, the repository from <c>GITHUB_REPOSITORY</c> unless <c>--repo</c> says.
/// </summary>
internal sealed class ReleaseOptions
{
    public Option<string?> Tag { get; } = new("--release-tag") { Description = "List the files in the notes of the GitHub release with this tag (token from GITHUB_TOKEN)." };
    public Option<string?> Repository { get; } = new("--repo") { Description = "The repository holding the release, owner/name (default: GITHUB_REPOSITORY)." };
    public Option<bool> Create { get; } = new("--create-release") { Description = "Create the release when no release has the tag (published; see --release-draft)." };
    public Option<bool> Draft { get; } = new("--release-draft") { Description = "With --create-release: create it as a draft." };
    public Option<bool> MirrorAssets { get; } = new("--mirror-release-assets") { Description = "Also have MirrorAce fetch the release's attached files." };
    public Option<bool> Verify { get; } = new("--verify") { Description = "At the end, check every link the release's notes list (file/info)." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Tag, Repository, Create, Draft, MirrorAssets, Verify })
            command.Options.Add(option);
    }

    /// <summary><paramref name="request"/> with the release, its assets and its link check as the options say; throws <see cref="MirrorAceException"/> for bad input.</summary>
    public PublishRequest ApplyTo(PublishRequest request, ParseResult parse) => request with
    {
        Release = Resolve(parse),
        MirrorReleaseAssets = parse.GetValue(MirrorAssets),
        VerifyRelease = parse.GetValue(Verify),
    };

    /// <summary>The release to list the files in, or null without <c>--release-tag</c>.</summary>
    private GitHubRelease? Resolve(ParseResult parse)
    {
        var tag = parse.GetValue(Tag);
        if (string.IsNullOrWhiteSpace(tag))
        {
            var needsTag = parse.GetValue(Create) ? Create.Name : parse.GetValue(Draft) ? Draft.Name : parse.GetValue(MirrorAssets) ? MirrorAssets.Name : parse.GetValue(Verify) ? Verify.Name : null;
            return needsTag is null ? null : throw CommonOptions.Bad($"{needsTag} needs --release-tag");
        }
        if (parse.GetValue(Draft) && !parse.GetValue(Create))
            throw CommonOptions.Bad("--release-draft only says how --create-release creates a missing release; add --create-release");
        Func<string, string?> environment = Environment.GetEnvironmentVariable;
        var creation = parse.GetValue(Create) ? new ReleaseCreation(parse.GetValue(Draft), TargetCommitish: environment("GITHUB_SHA")) : null;
        // The event's release id (a draft's too) helps only when it is this tag's; the tag alone decides which release.
        return GitHubRelease.Resolve(tag, parse.GetValue(Repository) ?? environment("GITHUB_REPOSITORY"), environment("GITHUB_API_URL"),
            environment("GITHUB_TOKEN"), environment("GITHUB_EVENT_PATH"), creation, DoorTerms.CommandLine,
            // One client in both builds of the tool: the native one cannot run Octokit, so neither does the portable one.
            GitHubTransport.HttpClient);
    }
}
