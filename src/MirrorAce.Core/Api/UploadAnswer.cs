namespace MirrorAce.Api;

/// <summary>The server's answer to one chunk (or to a remote upload).</summary>
/// <param name="IsComplete"><c>info: complete</c>: the file is assembled.</param>
/// <param name="Name">The name as stored (the server may rename).</param>
/// <param name="Size">The file's size when complete, or the bytes received so far when it says so.</param>
/// <param name="Slug">The file's slug, when complete.</param>
/// <param name="Url">The file's page, when complete.</param>
public sealed record UploadAnswer(bool IsComplete, string? Name, long? Size, string? Slug, string? Url);
