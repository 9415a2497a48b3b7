using System.Security.Cryptography;

namespace MirrorAce.Sandbox;

/// <summary>Completed files: slugs, ids, duplicate names and where the bytes live.</summary>
internal sealed class FileStore(string storageDirectory)
{
    private const string SlugAlphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    private readonly Lock _sync = new();
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, Entry> _bySlug = new(StringComparer.Ordinal);

    // File ids look like the document's (735848) and are unrelated to slugs, as on the real site.
    private long _nextId = 735_848;

    public IReadOnlyList<StoredFile> Files
    {
        get
        {
            lock (_sync)
            {
                return [.. _entries.Select(e => e.File)];
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Registers a completed upload, renaming it like the real server when the name is taken, and moves its bytes into place.</summary>
    public StoredFile Complete(string name, long size, string sha256, string? partPath, IReadOnlyList<string> mirrors, string? password)
    {
        lock (_sync)
        {
            var slug = NewSlug();
            string? diskPath = null;
            if (partPath is not null)
            {
                diskPath = Path.Combine(storageDirectory, slug);
                File.Move(partPath, diskPath);
            }

            var file = new StoredFile(slug, UniqueName(name), size, sha256, diskPath, mirrors, password, "active");
            var entry = new Entry(_nextId++, file);
            _entries.Add(entry);
            _bySlug.Add(slug, entry);
            return file;
        }
    }

    public (long Id, StoredFile File)? Find(string slug)
    {
        lock (_sync)
        {
            return _bySlug.TryGetValue(slug, out var entry) ? (entry.Id, entry.File) : null;
        }
    }

    public void SetStatus(string slug, string status)
    {
        lock (_sync)
        {
            if (!_bySlug.TryGetValue(slug, out var entry))
            {
                throw new KeyNotFoundException($"The sandbox holds no file with slug '{slug}'.");
            }

            entry.File = entry.File with { Status = status };
        }
    }

    /// <summary>Forgets a file, as if its owner deleted it: file/info then reports "not found". False when the slug is unknown.</summary>
    public bool Delete(string slug)
    {
        lock (_sync)
        {
            if (!_bySlug.Remove(slug, out var entry))
            {
                return false;
            }

            _entries.Remove(entry);
            if (entry.File.DiskPath is { } path)
            {
                File.Delete(path);
            }

            return true;
        }
    }

    private string UniqueName(string name)
    {
        var taken = _entries.Select(e => e.File.Name).ToHashSet(StringComparer.Ordinal);
        if (!taken.Contains(name))
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        var (stem, extension) = dot > 0 ? (name[..dot], name[dot..]) : (name, "");
        for (var n = 2; ; n++)
        {
            var candidate = $"{stem} ({n}){extension}";
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    private string NewSlug()
    {
        while (true)
        {
            var slug = RandomNumberGenerator.GetString(SlugAlphabet, 5);
            if (!_bySlug.ContainsKey(slug))
            {
                return slug;
            }
        }
    }

    private sealed class Entry(long id, StoredFile file)
    {
        public long Id { get; } = id;

        public StoredFile File { get; set; } = file;
    }
}
