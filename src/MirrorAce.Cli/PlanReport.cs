using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Cli;

/// <summary>The dry run's output: what would be uploaded, in how many requests, to which mirrors, and what would be reused.</summary>
internal static class PlanReport
{
    public static int Write(IReadOnlyList<PlannedUpload> plan, TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine("Dry run: nothing is uploaded.");
        foreach (var file in plan)
        {
            var what = file.Error is not null ? $"cannot be uploaded ({file.Error.Code})"
                : file.ReusedFrom is { } earlier ? $"would reuse {earlier.Url}"
                : $"{file.Chunks} request{(file.Chunks == 1 ? "" : "s")} to mirrors {string.Join(", ", file.Mirrors)}"
                  + (file.Parts > 1 ? $", split into {file.Parts} parts" : "");
            stdout.WriteLine($"  {file.Path}  {ByteSize.Format(file.Size)}  {what}");
        }
        var failed = plan.Where(p => p.Error is not null).ToList();
        foreach (var file in failed)
            ErrorLine.Write(stderr, file.Error!);
        stdout.WriteLine(failed.Count == 0
            ? $"{plan.Count} file{(plan.Count == 1 ? "" : "s")} ready: credentials, mirrors and size limits were checked with the server."
            : $"{failed.Count} of {plan.Count} files cannot be uploaded.");
        return failed.Count == 0 ? ExitCodes.Success : ExitCodes.SomeFilesFailed;
    }
}
