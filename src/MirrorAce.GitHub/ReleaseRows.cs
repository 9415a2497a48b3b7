using MirrorAce.Upload;

namespace MirrorAce.GitHub;

/// <summary>
/// The rows a run puts in a release's notes: each file under its own name (the local file's, a part's
/// numbered name, a mirrored URL's last segment) rather than the name MirrorAce stored. MirrorAce renames
/// an upload whose name the account already holds (<c>app (2).zip</c>), and the notes merge rows by name:
/// under the stored name, a file uploaded again would get a second row beside the stale one instead of
/// replacing it. Links files and outputs keep the stored name.
/// </summary>
public static class ReleaseRows
{
    /// <summary>The uploads renamed for the notes; <paramref name="namesByPath"/> names what a path cannot (a release asset's URL).</summary>
    public static IReadOnlyList<UploadedFile> For(IEnumerable<UploadedFile> files, IReadOnlyDictionary<string, string>? namesByPath = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Select(f => f with { Name = Publishing.ListedName.Of(f, namesByPath) }).ToList();
    }
}
