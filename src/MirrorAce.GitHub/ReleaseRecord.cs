namespace MirrorAce.GitHub;

/// <summary>The members of a GitHub release the library reads, whichever transport fetched it.</summary>
internal sealed record ReleaseRecord(long Id, string TagName, string? Body, string? HtmlUrl, bool Draft);
