namespace MirrorAce.Action;

/// <summary>What to do when <c>files</c> matches nothing, as actions/upload-artifact does.</summary>
internal enum IfNoFilesFound
{
    /// <summary>Fail the step.</summary>
    Error,
    /// <summary>Annotate with a warning and succeed with empty outputs.</summary>
    Warn,
    /// <summary>Succeed quietly with empty outputs.</summary>
    Ignore,
}
