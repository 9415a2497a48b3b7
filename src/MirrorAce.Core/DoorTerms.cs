namespace MirrorAce;

/// <summary>
/// How a door names the settings the engine's advice points to, so an error tells a build user to set a property and a
/// workflow author an input, in the words of their own door. Each door passes its own; the defaults are the CLI's.
/// </summary>
/// <param name="Split">How to let a file too large for the account be cut into parts.</param>
/// <param name="IncludeHidden">How to let folders and globs take hidden files.</param>
/// <param name="NoReuse">How to upload again what an earlier upload holds.</param>
/// <param name="GitHubToken">Where the GitHub token comes from.</param>
/// <param name="LinksFile">Where the links JSON is written.</param>
public sealed record DoorTerms(string Split, string IncludeHidden, string NoReuse, string GitHubToken, string LinksFile)
{
    /// <summary>The command line's names.</summary>
    public static DoorTerms CommandLine { get; } = new("--split", "--include-hidden", "--no-reuse", "the environment variable GITHUB_TOKEN", "--links-json");

    /// <summary>Where the release's repository is set.</summary>
    public string Repository { get; init; } = "--repo (or GITHUB_REPOSITORY)";

    /// <summary>Where the release's tag is set.</summary>
    public string ReleaseTag { get; init; } = "--release-tag";
}
