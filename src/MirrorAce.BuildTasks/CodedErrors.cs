using Microsoft.Build.Utilities;
using MirrorAce.Output;

namespace MirrorAce.BuildTasks;

/// <summary>
/// Logs the engine's errors the way MSBuild users read them: the code (MA1001 and so on) in the
/// code column, where IDEs and CI annotations pick it up, and the file as the location, so the
/// message does not repeat it.
/// </summary>
internal static class CodedErrors
{
    public static void LogError(this TaskLoggingHelper log, MirrorAceException error, string? location = null) =>
        log.LogError(null, error.Code, null, location, 0, 0, 0, 0, "{0}", PrintableText.ForLog(MessageWithoutPath(error) + MSBuildHint(error)));

    private static string MessageWithoutPath(MirrorAceException error) =>
        error.FilePath is { } path && error.Message.StartsWith(path + ": ", StringComparison.Ordinal)
            ? error.Message[(path.Length + 2)..]
            : error.Message;

    // The engine's advice names the command line's switch; a project file has a property instead.
    private static string MSBuildHint(MirrorAceException error) =>
        error.Code == ErrorCodes.FileTooLarge ? " In a project file: <MirrorAceSplit>true</MirrorAceSplit>." : "";
}
