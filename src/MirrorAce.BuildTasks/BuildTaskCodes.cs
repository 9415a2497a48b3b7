namespace MirrorAce.BuildTasks;

/// <summary>
/// Codes of the MSBuild front door's own errors and warnings, beside the engine's <see cref="ErrorCodes"/>
/// (MA1xxx). MA2001 and MA2002 are raised by the package's targets; they are listed here so every code has one home. MA2003 and MA2004
/// are retired: a cache or links file not written is the engine's MA1009 or MA1008, as in every door.
/// </summary>
internal static class BuildTaskCodes
{
    /// <summary>This MSBuild cannot run the task: it needs MSBuild 18 (the .NET 10 SDK, or Visual Studio 2026).</summary>
    public const string UnsupportedMSBuild = "MA2001";

    /// <summary>The upload target ran with no <c>MirrorAceUploadFile</c> items.</summary>
    public const string NothingToUpload = "MA2002";

    /// <summary>The summary file (what the terminal logger points at) could not be written; the uploads are unaffected.</summary>
    public const string SummaryNotWritten = "MA2005";
}
