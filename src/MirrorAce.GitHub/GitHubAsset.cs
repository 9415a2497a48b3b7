namespace MirrorAce.GitHub;

/// <summary>The members of a release asset the library reads, whichever transport fetched it.</summary>
/// <param name="Name">The file name.</param>
/// <param name="Size">Bytes.</param>
/// <param name="State"><c>uploaded</c>, or <c>starter</c> for an upload that never finished.</param>
/// <param name="BrowserDownloadUrl">GitHub's download URL, as it gave it.</param>
internal sealed record GitHubAsset(string Name, long Size, string? State, string? BrowserDownloadUrl);
