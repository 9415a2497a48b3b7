using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Cli;

/// <summary>The end of an <c>upload</c> or <c>mirror</c> run: links files, the summary, one line per failure, the exit code.</summary>
internal static class RunReport
{
    public static async Task<int> WriteAsync(IReadOnlyList<FileUploadResult> results, string? linksJson, string? linksMarkdown,
        TextWriter stdout, TextWriter stderr, bool cancelled)
    {
        var uploaded = results.SelectMany(r => r.Uploaded).ToList();
        // Links are written even when some files failed: what was uploaded must not be lost.
        if (linksJson is not null)
            await LinksJson.WriteAsync(linksJson, uploaded, CancellationToken.None);
        if (linksMarkdown is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(linksMarkdown))!);
            await File.WriteAllTextAsync(linksMarkdown, LinksMarkdown.Render(uploaded), CancellationToken.None);
        }

        SummaryTable.Write(stdout, results);
        foreach (var failure in results.Where(r => !r.Succeeded))
            ErrorLine.Write(stderr, failure.Error!);

        if (cancelled) return ExitCodes.Cancelled;
        return results.All(r => r.Succeeded) ? ExitCodes.Success : ExitCodes.SomeFilesFailed;
    }
}
