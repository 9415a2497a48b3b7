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
    /// <param name="log">The task's log.</param>
    /// <param name="error">The engine's error; its advice already names the task's properties (<see cref="DoorTerms"/>).</param>
    /// <param name="location">The file it concerns; null for the task in the targets file.</param>
    public static void LogError(this TaskLoggingHelper log, MirrorAceException error, string? location = null) =>
        log.LogError(null, error.Code, null, location, 0, 0, 0, 0, "{0}", PrintableText.ForLog(MessageWithoutPath(error)));

    private static string MessageWithoutPath(MirrorAceException error) =>
        error.FilePath is { } path && error.Message.StartsWith(path + ": ", StringComparison.Ordinal)
            ? error.Message[(path.Length + 2)..]
            : error.Message;
}
