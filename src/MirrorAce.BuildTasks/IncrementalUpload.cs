using System.Security.Cryptography;
using Microsoft.Build.Framework;
using MirrorAce.Upload;

namespace MirrorAce.BuildTasks;

/// <summary>
/// Uploads what has not been uploaded yet. A file whose path, size and SHA-256 match an earlier
/// upload is reused once <c>file/info</c> confirms MirrorAce still holds that upload, active and
/// of that size; everything else goes to the engine in one run. The cache remembers a new upload
/// only when the file did not change while it was sent.
/// </summary>
internal sealed class IncrementalUpload(MirrorAceUploader uploader, UploadCache cache, string baseDirectory, IReadOnlyList<string> defaultMirrors, LogPump pump)
{
    public async Task<IReadOnlyList<FileOutcome>> RunAsync(IReadOnlyList<RequestedFile> files, CancellationToken cancellationToken)
    {
        var api = uploader.Client.ApiUrl.AbsoluteUri;
        var before = files.Select(f => FileStamp.Of(f.FullPath)).ToArray();
        var outcomes = new FileOutcome?[files.Count];

        foreach (var (index, entry) in await FindReusableAsync(files, before, api, cancellationToken))
        {
            var file = files[index];
            var reused = new UploadedFile(entry.Name ?? Path.GetFileName(file.FullPath), file.LinkPath(baseDirectory), entry.Size,
                entry.Sha256!, entry.Slug!, entry.Url!, entry.Mirrors ?? []);
            outcomes[index] = FileOutcome.FromCache(file, reused);
            entry.LastWriteUtc = before[index]!.Value.LastWriteUtc;
            cache.Remember(entry);
            pump.Post(log => log.LogMessage(MessageImportance.High,
                "MirrorAce: reused {0} -> {1} (unchanged since it was uploaded as '{2}', and MirrorAce still has it)", file.ItemSpec, reused.Url, reused.Name));
        }

        var pending = Enumerable.Range(0, files.Count).Where(i => outcomes[i] is null).ToList();
        if (pending.Count > 0)
        {
            var results = await uploader.UploadAsync(pending.Select(i => new UploadRequest(files[i].ItemSpec, files[i].Mirrors)).ToList(), cancellationToken);
            for (var k = 0; k < pending.Count; k++)
            {
                var i = pending[k];
                var result = results[k];
                if (!result.Succeeded)
                {
                    outcomes[i] = FileOutcome.Failed(files[i], result.Error);
                    continue;
                }
                outcomes[i] = FileOutcome.Uploaded(files[i], result.File);
                if (before[i] is { } stamp && FileStamp.Of(files[i].FullPath) == stamp && result.File.Size == stamp.Size)
                    cache.Remember(EntryFor(api, files[i], stamp, result.File));
            }
        }
        return outcomes!;
    }

    private async Task<List<(int Index, CacheEntry Entry)>> FindReusableAsync(IReadOnlyList<RequestedFile> files, FileStamp?[] stamps, string api,
        CancellationToken cancellationToken)
    {
        var candidates = new List<(int Index, CacheEntry Entry)>();
        for (var i = 0; i < files.Count; i++)
        {
            if (stamps[i] is not { } stamp) continue;
            var entry = cache.Find(api, files[i].FullPath, MirrorsKeyOf(files[i]));
            if (entry is null || entry.Size != stamp.Size) continue;
            // Touched but maybe not changed (a rebuild that wrote the same bytes): the hash decides.
            if (entry.LastWriteUtc != stamp.LastWriteUtc && !string.Equals(await Sha256Async(files[i].FullPath, cancellationToken), entry.Sha256, StringComparison.Ordinal))
                continue;
            candidates.Add((i, entry));
        }
        if (candidates.Count == 0) return candidates;

        IReadOnlyDictionary<string, Api.RemoteFileInfo> infos;
        try
        {
            infos = await uploader.Client.GetFileInfoAsync(candidates.Select(c => c.Entry.Slug!), cancellationToken);
        }
        catch (MirrorAceException e)
        {
            pump.Post(log => log.LogWarning(null, e.Code, null, null, 0, 0, 0, 0,
                "MirrorAce could not confirm the earlier uploads, so they are uploaded again: {0}", e.Message));
            return [];
        }

        var confirmed = new List<(int Index, CacheEntry Entry)>();
        foreach (var (index, entry) in candidates)
        {
            if (infos.TryGetValue(entry.Slug!, out var info) && info.IsActive && info.Size == entry.Size)
            {
                confirmed.Add((index, entry));
                continue;
            }
            var status = info is null ? "unknown" : info.Size is { } size && info.IsActive ? $"active with {size} bytes, not {entry.Size}" : $"'{info.Status}'";
            var path = files[index].ItemSpec;
            pump.Post(log => log.LogMessage(MessageImportance.Normal,
                "MirrorAce: {0}: the earlier upload {1} is {2} on MirrorAce; uploading it again", path, entry.Slug, status));
        }
        return confirmed;
    }

    private string MirrorsKeyOf(RequestedFile file) => RequestedFile.MirrorsKey(file.Mirrors is { Count: > 0 } own ? own : defaultMirrors);

    private CacheEntry EntryFor(string api, RequestedFile file, FileStamp stamp, UploadedFile uploaded) => new()
    {
        ApiUrl = api,
        Path = file.FullPath,
        RequestedMirrors = MirrorsKeyOf(file),
        Size = stamp.Size,
        LastWriteUtc = stamp.LastWriteUtc,
        Sha256 = uploaded.Sha256,
        Name = uploaded.Name,
        Slug = uploaded.Slug,
        Url = uploaded.Url,
        Mirrors = [.. uploaded.Mirrors],
    };

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
