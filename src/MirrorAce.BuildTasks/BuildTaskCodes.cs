namespace MirrorAce.BuildTasks;

/// <summary>
/// Codes of the MSBuild front door's own errors and warnings, beside the engine's <see cref="ErrorCodes"/>
/// (MA1xxx). MA2001 and MA2002 are raised by the package's targets; they are listed here so every code has one home.
/// </summary>
internal static class BuildTaskCodes
{
    /// <summary>This MSBuild cannot run the task: it needs MSBuild 18 (the .NET 10 SDK, or Visual Studio 2026).</summary>
    public const string UnsupportedMSBuild = "MA2001";

    /// <summary>The upload target ran with no <c>MirrorAceUploadFile</c> items.</summary>
    public const string NothingToUpload = "MA2002";

    /// <summary>The upload cache could not be written; the next build uploads the files again.</summary>
    public const string CacheNotWritten = "MA2003";

    /// <summary>The links file could not be written.</summary>
    public const string LinksNotWritten = "MA2004";

    /// <summary>The summary file (what the terminal logger points at) could not be written; the uploads are unaffected.</summary>
    public const string SummaryNotWritten = "MA2005";
}
