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
        parts.Select((p, i) => p with { PartOf = new SplitPart(whole.Name, whole.Size, wholeSha256, i + 1, parts.Count) }).ToList();

    /// <summary>How to put the parts back together, for people reading the links.</summary>
    public static string Instructions(SplitPart part)
    {
        var names = Enumerable.Range(1, part.Count).Select(i => $"{part.Name}.{i:000}").ToList();
        return $"`{part.Name}` was split into {part.Count} parts. Download them all, then join them: " +
               $"`cat {string.Join(' ', names)} > {part.Name}` (Linux, macOS) or " +
               $"`copy /b {string.Join('+', names)} {part.Name}` (Windows), and check `sha256sum {part.Name}` gives `{part.Sha256}`.";
    }
}
