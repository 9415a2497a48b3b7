using MirrorAce.Output;
using MirrorAce.Publishing;

namespace MirrorAce.Cli;

/// <summary>
/// The end of an <c>upload</c> or <c>mirror</c> run: the summary table, one line per failure, the links documents, the
/// release's outcome and link check, and the exit code of the README's table.
/// </summary>
internal static class RunReport
{
    public static async Task<int> WriteAsync(PublishResult result, RunOutput output, bool cancelled)
    {
        var stderr = output.Stderr;
        if (result.Refused is { } refused)
        {
            ErrorLine.Write(stderr, refused);
            if (output.LinksJsonFile is { } kept && File.Exists(kept))
                output.Notices.WriteLine($"{kept} is left as it was: nothing was uploaded.");
            return cancelled ? ExitCodes.Cancelled : refused.Step == UploadStep.Validate ? ExitCodes.BadInput : ExitCodes.SomeFilesFailed;
        }
        if (result.Plan.Count > 0 || (result.Files.Count == 0 && result.ReleaseLinks.Count == 0 && result.VerifyError is null && output.DryRun))
            PlanReport.Write(result.Plan, output.Results, stderr);

        var links = result.Links;
        // The summary first: whatever happens to the files below, the links are on the screen.
        if (result.Files.Count > 0) SummaryTable.Write(output.Results, result.Files);
        foreach (var failure in result.Files.Where(r => !r.Succeeded))
            ErrorLine.Write(stderr, failure.Error!);

        var written = true;
        if (output.JsonToStdout && !output.DryRun)
            output.Stdout.Write(InertJson.Of(LinksJson.Render(links)));
        if (output.MarkdownToStdout && !output.DryRun)
            output.Stdout.Write(LinksMarkdown.Render(links));
        if (result.LinksFileKept)
            output.Notices.WriteLine($"{output.LinksJsonFile} is left as it was: nothing was uploaded.");
        if (result.LinksError is { } linksError)
        {
            ErrorLine.Write(stderr, linksError);
            written = false;
        }
        if (output.LinksMarkdownFile is { } markdown && !output.DryRun)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(markdown))!);
                await File.WriteAllTextAsync(markdown, LinksMarkdown.Render(links), CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                ErrorLine.Write(stderr, Errors.LinksNotWritten(markdown, e.Message, DoorTerms.CommandLine with { LinksFile = "--links-markdown" }));
                written = false;
            }
        }
        if (result.ListingError is { } listing) ErrorLine.Write(stderr, listing);
        if (result.VerifyError is { } verify) ErrorLine.Write(stderr, verify);
        if (result.ReleaseLinks.Count > 0 || result.Release is not null && result.VerifyError is null && output.Verify)
            LinkTable.Write(output.Results, stderr, result.ReleaseLinks.Select(l => (l.Row.Name, l.Health)).ToList(),
                result.Release?.Tag is { } tag ? $"release {tag}" : "the release");

        if (cancelled) return ExitCodes.Cancelled;
        if (result.RefusedBeforeSending) return ExitCodes.BadInput;
        return result.Succeeded && written ? ExitCodes.Success : ExitCodes.SomeFilesFailed;
    }
}
