using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using MirrorAce.Output;

namespace MirrorAce.BuildTasks;

/// <summary>
/// Where each of the engine's progress lines goes in a build log: restarts and results (a file's, the release notes')
/// at high importance, so they show at the console's default verbosity; starts, tenths, retries and other notices at
/// normal; warnings with their code. Failures are not logged here: the task logs them once, as coded errors, in input
/// order. Every line is made printable and inert for a CI runner (<see cref="PrintableText.ForLog"/>).
/// </summary>
internal static class BuildLog
{
    public static void Write(TaskLoggingHelper log, ProgressLine line)
    {
        switch (line.Kind)
        {
            case ProgressLineKind.StageEnd or ProgressLineKind.Failed:
                return;
            case ProgressLineKind.Warning:
                log.LogWarning(null, line.Code, null, null, 0, 0, 0, 0, "MirrorAce: {0}", PrintableText.ForLog(line.Text));
                return;
            default:
                log.LogMessage(Importance(line), "MirrorAce: {0}", PrintableText.ForLog(line.Text));
                return;
        }
    }

    private static MessageImportance Importance(ProgressLine line) =>
        line.Kind is ProgressLineKind.Restart or ProgressLineKind.Finished or ProgressLineKind.Outcome
            ? MessageImportance.High
            : MessageImportance.Normal;
}
