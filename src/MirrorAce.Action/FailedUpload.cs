namespace MirrorAce.Action;

/// <summary>A file that was not uploaded, and why.</summary>
internal sealed record FailedUpload(string Path, MirrorAceException Error);
