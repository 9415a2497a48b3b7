using MirrorAce.Upload;

namespace MirrorAce.GitHub;

/// <summary>
/// After a write, tells which of this job's rows did not stick. A row is lost when its name is gone, or when
/// it shows a slug this job's merge had replaced: a writer that read the notes before our write put the old
/// row back. A slug this job never saw means another job uploaded a file under the same name after us; the
/// contract lets the later upload win, so that row is given up rather than fought over.
/// </summary>
internal sealed class WrittenRows
{
    private readonly Dictionary<string, UploadedFile> _ours = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _replacedSlugs = new(StringComparer.Ordinal);
    private readonly List<string> _superseded = [];

    public WrittenRows(IEnumerable<UploadedFile> files)
    {
        foreach (var file in files)
        {
            _ours[file.Name] = file;
        }
    }

    /// <summary>This job's files still to be listed: all of them but the superseded ones.</summary>
    public IReadOnlyCollection<UploadedFile> Pending => _ours.Values;

    /// <summary>Names whose row another job's later upload took over.</summary>
    public IReadOnlyList<string> Superseded => _superseded;

    /// <summary>Remembers the slugs that merging into <paramref name="body"/> replaces.</summary>
    public void BeforeWrite(string? body)
    {
        foreach (var row in ReleaseNotesSection.ReadRows(body))
        {
            if (_ours.TryGetValue(row.Name, out var file) && file.Slug != row.Slug)
            {
                if (!_replacedSlugs.TryGetValue(row.Name, out var slugs)) _replacedSlugs[row.Name] = slugs = new HashSet<string>(StringComparer.Ordinal);
                slugs.Add(row.Slug);
            }
        }
    }

    /// <summary>The rows <paramref name="body"/> lost; names superseded by a newer upload are dropped from <see cref="Pending"/> instead.</summary>
    public List<UploadedFile> Lost(string? body)
    {
        var listed = ReleaseNotesSection.ReadRows(body).ToDictionary(r => r.Name, r => r.Slug, StringComparer.Ordinal);
        var lost = new List<UploadedFile>();
        foreach (var file in _ours.Values.ToList())
        {
            if (!listed.TryGetValue(file.Name, out var slug)
                || (slug != file.Slug && _replacedSlugs.TryGetValue(file.Name, out var replaced) && replaced.Contains(slug)))
            {
                lost.Add(file);
            }
            else if (slug != file.Slug)
            {
                _ours.Remove(file.Name);
                _superseded.Add(file.Name);
            }
        }

        return lost;
    }
}
