namespace MirrorAce.Sandbox;

/// <summary>A completed upload as the sandbox holds it.</summary>
/// <param name="Slug">The short id in the file's URL.</param>
/// <param name="Name">The stored name: the first chunk's filename, with " (2)" etc. added when taken.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the assembled bytes.</param>
/// <param name="DiskPath">Null in <see cref="SandboxOptions.DiscardFiles"/> mode.</param>
/// <param name="Mirrors">Mirror ids in the order the client sent them.</param>
/// <param name="Password">The <c>file_password</c> field exactly as sent; null when it was absent.</param>
/// <param name="Status">"active" unless a test changed it with <see cref="SandboxServer.SetFileStatus"/>.</param>
public sealed record StoredFile(
    string Slug,
    string Name,
    long Size,
    string Sha256,
    string? DiskPath,
    IReadOnlyList<string> Mirrors,
    string? Password,
    string Status);
