namespace MirrorAce.Upload;

/// <summary>One local file to upload.</summary>
/// <param name="Path">The file, absolute or relative to <see cref="UploadOptions.BaseDirectory"/>.</param>
/// <param name="Mirrors">Mirror ids for this file; <c>null</c> uses <see cref="UploadOptions.Mirrors"/>.</param>
public sealed record UploadRequest(string Path, IReadOnlyList<string>? Mirrors = null);
