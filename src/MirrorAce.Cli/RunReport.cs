using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Cli;

/// <summary>The end of an <c>upload</c> or <c>mirror</c> run: the summary, one line per failure, the links files, the exit code.</summary>
internal static class RunReport
{
    public static async Task<int> WriteAsync(IReadOnlyList<FileUploadResult> results, RunOutput output, bool cancelled)
    {
        var uploaded = results.SelectMany(r => r.Uploaded).ToList();
        var stderr = output.Stderr;
        // The summary first: whatever happens to the files below, the links are on the screen.
        SummaryTable.Write(output.Results, results);
        foreach (var failure in results.Where(r => !r.Succeeded))
            ErrorLine.Write(stderr, failure.Error!);

        var written = true;
        if (output.JsonToStdout)
            output.Stdout.Write(InertJson.Of(LinksJson.Render(uploaded)));
        if (output.MarkdownToStdout)
            output.Stdout.Write(LinksMarkdown.Render(uploaded));
        if (output.LinksJsonFile is { } linksJson)
        {
            // A run that got nothing up leaves an earlier links file as it was: it is what the next run reuses.
            if (uploaded.Count == 0 && File.Exists(linksJson))
                output.Notices.WriteLine($"{linksJson} is left as it was: nothing was uploaded.");
            else
                written &= await TryWriteAsync(linksJson, stderr, () => LinksJson.WriteAsync(linksJson, uploaded, CancellationToken.None));
        }
        if (output.LinksMarkdownFile is { } linksMarkdown)
        {
            written &= await TryWriteAsync(linksMarkdown, stderr, async () =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(linksMarkdown))!);
                await File.WriteAllTextAsync(linksMarkdown, LinksMarkdown.Render(uploaded), CancellationToken.None);
            });
        }
        return ExitCodeOf(results, cancelled, written);
    }

    /// <summary>The README's table: 130 interrupted, 2 every file refused before sending, 1 any other failure, 0 all done.</summary>
    public static int ExitCodeOf(IReadOnlyList<FileUploadResult> results, bool cancelled, bool written = true)
    {
        if (cancelled) return ExitCodes.Cancelled;
        // Refused while checking the input (missing, unreadable, clashing names, unknown mirror): nothing was sent.
        if (results.Count > 0 && results.All(r => r.Error?.Step == UploadStep.Validate)) return ExitCodes.BadInput;
        return results.All(r => r.Succeeded) && written ? ExitCodes.Success : ExitCodes.SomeFilesFailed;
    }

    public static async Task<bool> TryWriteAsync(string path, TextWriter stderr, Func<Task> write)
    {
        try
        {
            await write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ErrorLine.Write(stderr, ErrorCodes.LinksNotWritten,
                $"{path}: the links could not be written ({e.Message}). Choose a writable path; the links are in the table above.");
            return false;
        }
    }
}
