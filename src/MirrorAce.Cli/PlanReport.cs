using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Cli;

/// <summary>The dry run's output: what would be uploaded, in how many requests, to which mirrors, and what would be reused.</summary>
internal static class PlanReport
{
    public static int Write(IReadOnlyList<PlannedUpload> plan, TextWriter results, TextWriter stderr)
    {
        results.WriteLine("Dry run: nothing is uploaded.");
        foreach (var file in plan)
        {
            var what = file.Error is not null ? $"cannot be uploaded ({file.Error.Code})"
                : file.ReusedFrom is { } earlier ? $"would reuse {earlier.Url}"
                : $"{file.Chunks} request{(file.Chunks == 1 ? "" : "s")} to mirrors {string.Join(", ", file.Mirrors)}"
                  + (file.Parts > 1 ? $", split into {file.Parts} parts" : "");
            results.WriteLine($"  {file.Path}  {ByteSize.Format(file.Size)}  {what}");
        }
        var failed = plan.Where(p => p.Error is not null).ToList();
        foreach (var file in failed)
            ErrorLine.Write(stderr, file.Error!);
        results.WriteLine(failed.Count == 0
            ? $"{plan.Count} file{(plan.Count == 1 ? "" : "s")} ready: credentials, mirrors and size limits were checked with the server."
            : $"{failed.Count} of {plan.Count} files cannot be uploaded.");
        // As a real run would: every file refused while checking the input is 2, some of them 1.
        if (failed.Count == 0) return ExitCodes.Success;
        return failed.Count == plan.Count && failed.All(f => f.Error!.Step == UploadStep.Validate) ? ExitCodes.BadInput : ExitCodes.SomeFilesFailed;
    }
}
