using System.Security.Cryptography;
using MirrorAce.Api;

namespace MirrorAce.Upload;

/// <summary>
/// Finds files MirrorAce already holds with the same bytes, so a re-run uploads nothing twice
/// (MirrorAce has no delete call: a duplicate cannot be undone). A candidate counts only when its
/// SHA-256 and size match and <c>file/info</c> says it is active with that size.
/// </summary>
internal sealed class ReuseFinder(MirrorAceClient client, IReadOnlyList<UploadedFile> candidates, IUploadListener listener,
    IReadOnlyList<Publishing.KnownHash>? knownHashes = null)
{
    public async Task<UploadedFile?[]> FindAsync(IReadOnlyList<LocalFile> files, IReadOnlyList<IReadOnlyList<string>> requestedMirrors, CancellationToken ct)
    {
        var found = new UploadedFile?[files.Count];
        if (candidates.Count == 0) return found;

        var matches = new List<UploadedFile>?[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            // Hashing costs a read of the file: only for files some candidate has the size of.
            var sameSize = candidates.Where(c => c.Size == files[i].Size && c.Sha256.Length == 64).ToList();
            if (sameSize.Count == 0) continue;
            var sha256 = Known(files[i]) ?? await Sha256Async(files[i], whole: null, ct);
            matches[i] = sameSize.Where(c => string.Equals(c.Sha256, sha256, StringComparison.OrdinalIgnoreCase)
                                             && requestedMirrors[i].All(m => c.Mirrors.Contains(m, StringComparer.Ordinal)))
                .Select(c => c with { Sha256 = sha256 })
                .ToList();
        }

        var slugs = matches.Where(m => m is not null).SelectMany(m => m!).Select(c => c.Slug).Distinct(StringComparer.Ordinal).ToList();
        if (slugs.Count == 0) return found;
        var infos = await client.GetFileInfoAsync(slugs, ct);
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var candidate in matches[i] ?? [])
            {
                var info = infos[candidate.Slug];
                var health = new Publishing.LinkHealth(candidate.Slug, files[i].Size, info);
                if (health.Healthy)
                {
                    // Under the name MirrorAce holds it by: a candidate's own record (a release's notes, say) may name it otherwise.
                    found[i] = candidate with { Path = files[i].LinkPath, Name = info.Name ?? candidate.Name };
                    listener.OnNotice(new UploadNotice(NoticeKind.Info, files[i].RequestedPath,
                        $"reused {candidate.Url}: MirrorAce already holds these bytes (same SHA-256 and size, active)"));
                    break;
                }
                listener.OnNotice(new UploadNotice(NoticeKind.Info, files[i].RequestedPath,
                    $"the earlier upload {candidate.Url} is '{health.Describe()}'; uploading it again"));
            }
        }
        return found;
    }

    /// <summary>
    /// An earlier upload of part <paramref name="index"/> of <paramref name="count"/> with the same bytes, active; or null.
    /// The part is read only when a candidate of its size exists, and the bytes read go on into <paramref name="whole"/>, when given.
    /// </summary>
    public async Task<UploadedFile?> FindPartAsync(LocalFile part, int index, int count, FileHasher? whole, IReadOnlyList<string> requestedMirrors, CancellationToken ct)
    {
        var sameSize = candidates.Where(c => c.PartOf is { } p && p.Index == index && p.Count == count && p.Size == part.WholeSize
                                             && c.Size == part.Size && c.Sha256.Length == 64
                                             && requestedMirrors.All(m => c.Mirrors.Contains(m, StringComparer.Ordinal))).ToList();
        if (sameSize.Count == 0) return null;
        var sha256 = await Sha256Async(part, whole, ct);
        var matches = sameSize.Where(c => string.Equals(c.Sha256, sha256, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 0) return null;
        var infos = await client.GetFileInfoAsync(matches.Select(c => c.Slug).Distinct(StringComparer.Ordinal).ToList(), ct);
        foreach (var candidate in matches)
        {
            var info = infos[candidate.Slug];
            var health = new Publishing.LinkHealth(candidate.Slug, part.Size, info);
            if (health.Healthy)
            {
                listener.OnNotice(new UploadNotice(NoticeKind.Info, part.RequestedPath,
                    $"part {index} of {count}: reused {candidate.Url}: MirrorAce already holds these bytes (same SHA-256 and size, active)"));
                return candidate with { Path = part.LinkPath, Name = info.Name ?? candidate.Name, Sha256 = sha256 };
            }
            listener.OnNotice(new UploadNotice(NoticeKind.Info, part.RequestedPath,
                $"part {index} of {count}: the earlier upload {candidate.Url} is '{health.Describe()}'; uploading it again"));
        }
        return null;
    }

    /// <summary>The SHA-256 an earlier run computed, when the file still has the size and write time it had then.</summary>
    private string? Known(LocalFile file)
    {
        if (knownHashes is not { Count: > 0 }) return null;
        return knownHashes.LastOrDefault(k => k.RealPath == file.RealFullPath && k.Size == file.Size && k.LastWriteUtc == file.LastWriteUtc)?.Sha256;
    }

    /// <summary>The SHA-256 of a file, or of one part's region of it; the bytes also go on into <paramref name="whole"/>, when given.</summary>
    private static async Task<string> Sha256Async(LocalFile part, FileHasher? whole, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var handle = File.OpenHandle(part.RealFullPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        var buffer = new byte[1 << 20];
        for (long done = 0; done < part.Size;)
        {
            var got = await RandomAccess.ReadAsync(handle, buffer.AsMemory(0, (int)Math.Min(buffer.Length, part.Size - done)), part.Offset + done, ct);
            if (got == 0)
                throw Errors.FileShrank(part.RequestedPath);
            hash.AppendData(buffer, 0, got);
            whole?.Append(part.Offset + done, buffer.AsSpan(0, got));
            done += got;
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
