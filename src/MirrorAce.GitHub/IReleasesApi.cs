namespace MirrorAce.GitHub;

/// <summary>
/// The REST calls on one repository's releases that the library makes, and nothing above them: locating, merging,
/// retrying and error mapping are shared by every transport. A refusal is a <see cref="GitHubApiException"/>; a network
/// failure or timeout is the transport's <see cref="HttpRequestException"/> or <see cref="TaskCanceledException"/>.
/// </summary>
internal interface IReleasesApi : IDisposable
{
    /// <summary>GET repos/{owner}/{name}/releases/{id}; drafts too, for a token that can push.</summary>
    Task<ReleaseRecord> GetAsync(long id, CancellationToken ct);

    /// <summary>GET repos/{owner}/{name}/releases/tags/{tag}, the tag already escaped as one path segment; published releases only.</summary>
    Task<ReleaseRecord> GetByTagAsync(string tagSegment, CancellationToken ct);

    /// <summary>One page of GET repos/{owner}/{name}/releases, newest first.</summary>
    Task<IReadOnlyList<ReleaseRecord>> ListAsync(int page, int perPage, CancellationToken ct);

    /// <summary>PATCH repos/{owner}/{name}/releases/{id} with the body only: a draft stays a draft and the name stays.</summary>
    Task UpdateBodyAsync(long id, string body, CancellationToken ct);

    /// <summary>POST repos/{owner}/{name}/releases.</summary>
    Task<ReleaseRecord> CreateAsync(string tag, string body, bool draft, bool prerelease, string? targetCommitish, CancellationToken ct);

    /// <summary>DELETE repos/{owner}/{name}/releases/{id}.</summary>
    Task DeleteAsync(long id, CancellationToken ct);

    /// <summary>One page of GET repos/{owner}/{name}/releases/{id}/assets.</summary>
    Task<IReadOnlyList<GitHubAsset>> ListAssetsAsync(long releaseId, int page, int perPage, CancellationToken ct);
}
