namespace MirrorAce.Sandbox.GitHub;

/// <summary>A release the sandbox's GitHub API holds, as a snapshot.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Repository"><c>owner/name</c>.</param>
/// <param name="Tag">Its tag.</param>
/// <param name="Name">Its title.</param>
/// <param name="Body">Its notes (null when it has none).</param>
/// <param name="Draft">Whether it is a draft: invisible to the by-tag lookup and to read-only tokens.</param>
/// <param name="Prerelease">Whether it is marked as a prerelease.</param>
/// <param name="TargetCommitish">The commit or branch the tag is (or will be) created at.</param>
public sealed record SandboxRelease(long Id, string Repository, string Tag, string Name, string? Body, bool Draft, bool Prerelease, string TargetCommitish = "main");
