namespace MirrorAce.Publishing;

/// <summary>What a path or glob that matches no file means, in every door (<c>if-no-files-found</c>).</summary>
public enum IfNoFilesFound
{
    /// <summary>The run is refused before anything is sent (MA1005): a missing artifact is a broken release.</summary>
    Error,
    /// <summary>A warning per pattern; the files the other patterns found are uploaded.</summary>
    Warn,
    /// <summary>A plain line per pattern; the files the other patterns found are uploaded.</summary>
    Ignore,
}
