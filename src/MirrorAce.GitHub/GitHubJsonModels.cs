namespace MirrorAce.GitHub;

/// <summary>A release: only what the library reads.</summary>
internal sealed class ReleaseJson
{
    public long Id { get; init; }
    public string? TagName { get; init; }
    public string? Body { get; init; }
    public string? HtmlUrl { get; init; }
    public bool Draft { get; init; }
}

/// <summary>A release asset: only what the library reads.</summary>
internal sealed class AssetJson
{
    public string? Name { get; init; }
    public long Size { get; init; }
    public string? State { get; init; }
    public string? BrowserDownloadUrl { get; init; }
}

/// <summary>POST releases; a null <c>target_commitish</c> is left out (GitHub then uses the default branch).</summary>
internal sealed class NewReleaseJson
{
    public required string TagName { get; init; }
    public string? TargetCommitish { get; init; }
    public string? Name { get; init; }
    public string? Body { get; init; }
    public bool Draft { get; init; }
    public bool Prerelease { get; init; }
}

/// <summary>PATCH releases/{id} with the body alone.</summary>
internal sealed class BodyUpdateJson
{
    public required string Body { get; init; }
}
