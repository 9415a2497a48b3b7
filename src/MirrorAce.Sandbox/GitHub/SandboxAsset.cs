namespace MirrorAce.Sandbox.GitHub;

/// <summary>A file attached to a release of the sandbox's GitHub API.</summary>
/// <param name="Id">Its id.</param>
/// <param name="ReleaseId">The release it belongs to.</param>
/// <param name="Name">Its file name.</param>
/// <param name="Size">Bytes, as the API reports them (not checked against what the URL serves).</param>
/// <param name="DownloadUrl">What the API gives as <c>browser_download_url</c>, exactly as added: tests point it at a URL the MirrorAce sandbox can fetch.</param>
public sealed record SandboxAsset(long Id, long ReleaseId, string Name, long Size, string DownloadUrl);
