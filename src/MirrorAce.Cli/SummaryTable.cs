using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Cli;

/// <summary>The table printed at the end: every file with its size and link, or its error code.</summary>
internal static class SummaryTable
{
    public static void Write(TextWriter output, IReadOnlyList<FileUploadResult> results)
    {
        var rows = results.SelectMany(r => r.Succeeded
            ? r.Uploaded.Select(f => (Name: f.Name, Size: f.Size > 0 ? ByteSize.Format(f.Size) : "", Link: f.Url + (r.Reused ? "  (reused)" : "")))
            : [(Name: r.Path, Size: "", Link: $"FAILED {r.Error.Code}")]).ToList();
        var nameWidth = Math.Max(4, rows.Max(r => r.Name.Length));
        var sizeWidth = Math.Max(4, rows.Max(r => r.Size.Length));
        output.WriteLine();
        output.WriteLine($"{"File".PadRight(nameWidth)}  {"Size".PadLeft(sizeWidth)}  Link");
        foreach (var (name, size, link) in rows)
            output.WriteLine($"{name.PadRight(nameWidth)}  {size.PadLeft(sizeWidth)}  {link}");
        output.WriteLine();
        output.WriteLine(RunText.Headline(results));
    }
}
