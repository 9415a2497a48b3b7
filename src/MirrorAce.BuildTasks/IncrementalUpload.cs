using System.Security.Cryptography;
using Microsoft.Build.Framework;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.BuildTasks;

/// <summary>
/// Uploads what has not been uploaded yet. A file whose path, size and SHA-256 match an earlier
/// upload is reused once <c>file/info</c> confirms MirrorAce still holds that upload (every part of
/// it, for a split file), active and of that size; everything else goes to the engine in one run.
/// The cache remembers a new upload only when the file did not change while it was sent. A dry run
/// asks the same questions and hands the rest to the engine's plan instead of its upload. A split file
/// whose cached parts MirrorAce holds only some of goes to an engine offered those parts
/// (<c>withCandidates</c>), which reuses the ones still there and uploads the rest.
/// </summary>
internal sealed class IncrementalUpload(MirrorAceUploader uploader, Func<IReadOnlyList<UploadedFile>, MirrorAceUploader> withCandidates,
    UploadCache cache, string baseDirectory, IReadOnlyList<string> defaultMirrors, bool split, LogPump pump)
{
    private string Api => uploader.Client.ApiUrl.AbsoluteUri;

    public async Task<IReadOnlyList<FileOutcome>> RunAsync(IReadOnlyList<RequestedFile> files, CancellationToken cancellationToken)
    {
        var before = files.Select(f => FileStamp.Of(f.FullPath)).ToArray();
        var outcomes = new FileOutcome?[files.Count];

        foreach (var (index, entry) in await FindReusableAsync(files, before, cancellationToken))
        {
            var file = files[index];
            var reused = entry.Uploads(file.LinkPath(baseDirectory));
            outcomes[index] = FileOutcome.FromCache(file, reused);
            entry.LastWriteUtc = before[index]!.Value.LastWriteUtc;
            cache.Remember(entry);
            pump.Post(log => log.LogMessage(MessageImportance.High,
                "MirrorAce: reused {0} -> {1} (unchanged since it was uploaded as '{2}', and MirrorAce still has it)", PrintableText.ForLog(file.ItemSpec), PrintableText.ForLog(Links(reused)), PrintableText.ForLog(entry.Name)));
        }

        var pending = Enumerable.Range(0, files.Count).Where(i => outcomes[i] is null).ToList();
        if (pending.Count > 0)
        {
            var results = await EngineFor(files, pending).UploadAsync(pending.Select(i => new UploadRequest(files[i].ItemSpec, files[i].Mirrors)).ToList(), cancellationToken);
            for (var k = 0; k < pending.Count; k++)
            {
                var i = pending[k];
                var result = results[k];
                if (!result.Succeeded)
                {
                    outcomes[i] = FileOutcome.Failed(files[i], result.Error);
                    continue;
                }
                outcomes[i] = FileOutcome.Uploaded(files[i], result.Uploaded);
                if (before[i] is { } stamp && FileStamp.Of(files[i].FullPath) == stamp && result.Uploaded.Sum(u => u.Size) == stamp.Size)
                    cache.Remember(CacheEntry.For(Api, files[i].FullPath, MirrorsKeyOf(files[i]), stamp, result.Uploaded));
            }
        }
        return outcomes!;
    }

    public async Task<IReadOnlyList<FilePlan>> PlanAsync(IReadOnlyList<RequestedFile> files, CancellationToken cancellationToken)
    {
        var stamps = files.Select(f => FileStamp.Of(f.FullPath)).ToArray();
        var plans = new FilePlan?[files.Count];
        foreach (var (index, entry) in await FindReusableAsync(files, stamps, cancellationToken))
            plans[index] = FilePlan.FromCache(files[index], entry.Size, entry.Uploads(files[index].LinkPath(baseDirectory)));

        // With every file reused there is nothing a real build would ask upload variables for; the
        // file/info that confirmed the reuse has already proven the credentials.
        var pending = Enumerable.Range(0, files.Count).Where(i => plans[i] is null).ToList();
        if (pending.Count > 0)
        {
            var planned = await EngineFor(files, pending).PlanAsync(pending.Select(i => new UploadRequest(files[i].ItemSpec, files[i].Mirrors)).ToList(), cancellationToken);
            for (var k = 0; k < pending.Count; k++)
                plans[pending[k]] = FilePlan.Upload(files[pending[k]], planned[k]);
        }
        return plans!;
    }

    /// <summary>The engine for the files the cache could not serve, offered the parts their cache entries remember.</summary>
    private MirrorAceUploader EngineFor(IReadOnlyList<RequestedFile> files, IReadOnlyList<int> pending)
    {
        var parts = pending
            .SelectMany(i => cache.Find(Api, files[i].FullPath, MirrorsKeyOf(files[i])) is { Parts: not null } entry ? entry.Uploads(files[i].LinkPath(baseDirectory)) : [])
            .ToList();
        return parts.Count == 0 ? uploader : withCandidates(parts);
    }

    /// <summary>The files' links for a log line: the URL, or each part's.</summary>
    public static string Links(IReadOnlyList<UploadedFile> uploads) =>
        uploads.Count == 1 ? uploads[0].Url : $"{uploads.Count} parts: {string.Join(", ", uploads.Select(u => u.Url))}";

    private async Task<List<(int Index, CacheEntry Entry)>> FindReusableAsync(IReadOnlyList<RequestedFile> files, FileStamp?[] stamps,
        CancellationToken cancellationToken)
    {
        var candidates = new List<(int Index, CacheEntry Entry)>();
        for (var i = 0; i < files.Count; i++)
        {
            if (stamps[i] is not { } stamp) continue;
            var entry = cache.Find(Api, files[i].FullPath, MirrorsKeyOf(files[i]));
            if (entry is null || entry.Size != stamp.Size) continue;
            // Parts stand for the file only where splitting was asked for: without it the build must fail as the engine would.
            if (entry.Parts is not null && !split) continue;
            // Touched but maybe not changed (a rebuild that wrote the same bytes): the hash decides.
            if (entry.LastWriteUtc != stamp.LastWriteUtc && !string.Equals(await Sha256Async(files[i].FullPath, cancellationToken), entry.Sha256, StringComparison.Ordinal))
                continue;
            candidates.Add((i, entry));
        }
        if (candidates.Count == 0) return candidates;

        IReadOnlyDictionary<string, Api.RemoteFileInfo> infos;
        try
        {
            infos = await uploader.Client.GetFileInfoAsync(candidates.SelectMany(c => Held(c.Entry)).Select(h => h.Slug), cancellationToken);
        }
        catch (MirrorAceException e)
        {
            pump.Post(log => log.LogWarning(null, e.Code, null, null, 0, 0, 0, 0,
                "MirrorAce could not confirm the earlier uploads, so they are uploaded again: {0}", PrintableText.ForLog(e.Message)));
            return [];
        }

        var confirmed = new List<(int Index, CacheEntry Entry)>();
        foreach (var (index, entry) in candidates)
        {
            var missing = Held(entry).Select(h => (h.Slug, h.Size, Info: infos.GetValueOrDefault(h.Slug)))
                .FirstOrDefault(h => h.Info is not { IsActive: true } || h.Info.Size != h.Size);
            if (missing.Slug is null)
            {
                confirmed.Add((index, entry));
                continue;
            }
            var info = missing.Info;
            var status = info is null ? "unknown" : info.Size is { } size && info.IsActive ? $"active with {size} bytes, not {missing.Size}" : $"'{info.Status}'";
            var path = files[index].ItemSpec;
            pump.Post(log => log.LogMessage(MessageImportance.Normal,
                "MirrorAce: {0}: the earlier upload {1} is {2} on MirrorAce; uploading it again", PrintableText.ForLog(path), PrintableText.ForLog(missing.Slug), PrintableText.ForLog(status)));
        }
        return confirmed;
    }

    /// <summary>What MirrorAce must still hold for the entry to be reused: the file, or every one of its parts.</summary>
    private static IEnumerable<(string Slug, long Size)> Held(CacheEntry entry) =>
        entry.Parts is { } parts ? parts.Select(p => (p.Slug!, p.Size)) : [(entry.Slug!, entry.Size)];

    private string MirrorsKeyOf(RequestedFile file) => RequestedFile.MirrorsKey(file.Mirrors is { Count: > 0 } own ? own : defaultMirrors);

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
