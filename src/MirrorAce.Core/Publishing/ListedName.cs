using MirrorAce.Upload;

namespace MirrorAce.Publishing;

/// <summary>
/// The name a file is listed under in a release's notes and in the SHA256SUMS manifest: the local file's name (a part's
/// numbered name, a mirrored URL's last segment), not the name MirrorAce stored. MirrorAce renames an upload whose name the
/// account already holds (<c>app (2).zip</c>), and rows merge by name: under the stored name a file uploaded again would
/// get a second row beside the stale one instead of replacing it.
/// </summary>
public static class ListedName
{
    /// <summary>The name <paramref name="file"/> is listed under; <paramref name="namesByPath"/> names what a path cannot (a release asset's URL).</summary>
    public static string Of(UploadedFile file, IReadOnlyDictionary<string, string>? namesByPath = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (namesByPath is not null && namesByPath.TryGetValue(file.Path, out var named)) return named;
        var own = Uri.TryCreate(file.Path, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? Uri.UnescapeDataString(url.Segments[^1].TrimEnd('/'))
            : Path.GetFileName(file.Path.Replace('\\', '/'));
        // A URL's segment may decode to a slash or a control character: such a row would be dropped when the notes are read back.
        if (own.Length == 0 || Api.ServerText.NameProblem(own) is not null) return file.Name;
        return file.PartOf is { } part ? $"{own}.{part.Index:000}" : own;
    }
}
