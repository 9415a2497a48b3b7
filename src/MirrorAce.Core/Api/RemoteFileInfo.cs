namespace MirrorAce.Api;

/// <summary>What <c>file/info</c> says of one slug.</summary>
/// <param name="Slug">The slug asked about.</param>
/// <param name="Status"><c>active</c>, <c>user removed</c>, <c>admin removed</c>, <c>copyright removed</c> or <c>not found</c>.</param>
/// <param name="Name">The stored name, when known.</param>
/// <param name="Size">The stored size, when known.</param>
/// <param name="Url">The file's page, when known.</param>
public sealed record RemoteFileInfo(string Slug, string Status, string? Name, long? Size, string? Url)
{
    /// <summary>Whether the file can be downloaded.</summary>
    public bool IsActive => string.Equals(Status, "active", StringComparison.OrdinalIgnoreCase);
}
