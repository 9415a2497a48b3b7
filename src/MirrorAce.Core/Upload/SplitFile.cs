namespace MirrorAce.Upload;

/// <summary>Cuts a file too large for one upload into numbered parts, uploaded from the file in place (no copies).</summary>
internal static class SplitFile
{
    public static IReadOnlyList<LocalFile> Cut(LocalFile file, long maxFileSize, long chunkSize)
    {
        // Parts are whole numbers of chunks where possible, and always smaller than max_file_size.
        var partSize = (maxFileSize - 1) / chunkSize * chunkSize;
        if (partSize <= 0) partSize = maxFileSize - 1;
        var count = (int)((file.Size + partSize - 1) / partSize);
        return Enumerable.Range(0, count)
            .Select(i => file.Part(i + 1, i * partSize, Math.Min(partSize, file.Size - i * partSize)))
            .ToList();
    }

    public static IReadOnlyList<UploadedFile> Label(IReadOnlyList<UploadedFile> parts, LocalFile whole, string wholeSha256) =>
        parts.Select((p, i) => p with { PartOf = new SplitPart(Api.MultipartName.Sent(whole.Name), whole.Size, wholeSha256, i + 1, parts.Count) }).ToList();

    /// <summary>How to put the parts back together, for people reading the links.</summary>
    /// <remarks>
    /// The name may come from anywhere (a local file, a release's notes): it is made printable, quoted for the shell
    /// where it needs to be, and put in code spans it cannot close, so the text stays one paragraph of inert commands.
    /// </remarks>
    public static string Instructions(SplitPart part)
    {
        var name = Output.PrintableText.Clean(part.Name);
        var names = Enumerable.Range(1, part.Count).Select(i => $"{name}.{i:000}").ToList();
        return $"{Code(name)} was split into {part.Count} parts. Download them all, then join them: " +
               $"{Code($"cat {string.Join(' ', names.Select(Posix))} > {Posix(name)}")} (Linux, macOS) or " +
               $"{Code($"copy /b {string.Join('+', names.Select(Windows))} {Windows(name)}")} (Windows), and check {Code($"sha256sum {Posix(name)}")} gives {Code(part.Sha256)}.";
    }

    private static bool Plain(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '@' or ',');

    private static string Posix(string name) => Plain(name) ? name : "'" + name.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    // cmd has no escape for '"' inside quotes, and Windows file names cannot hold one.
    private static string Windows(string name) => Plain(name) ? name : "\"" + name.Replace("\"", "", StringComparison.Ordinal) + "\"";

    // A Markdown code span is closed only by a run of backticks as long as its opener: one longer than any inside.
    private static string Code(string text)
    {
        var longest = 0;
        for (int i = 0, run = 0; i < text.Length; i++)
        {
            run = text[i] == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        return longest == 0 ? fence + text + fence : $"{fence} {text} {fence}";
    }
}
