using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Publishing;

/// <summary>
/// The one reuse rule's sources: the links the user gives, the last run's links file, the upload caches and the release's
/// notes. Any of them may be stale or edited; the engine reuses a candidate only when SHA-256 and size match and
/// <c>file/info</c> finds it healthy (<see cref="LinkHealth"/>) on every requested mirror.
/// </summary>
internal sealed record ReuseSources(IReadOnlyList<UploadedFile> Candidates, IReadOnlyList<KnownHash> KnownHashes, IReadOnlyList<(string Path, UploadCache Cache)> Caches)
{
    public static ReuseSources Gather(PublishRequest request, Uri api, ReleaseSnapshot? release, IReadOnlyList<ReleaseAsset> assets, Action<string> onNotice)
    {
        var caches = request.CacheFiles.Select(path => (path, UploadCache.Load(path, onNotice))).ToList();
        if (!request.Reuse) return new ReuseSources([], [], caches);
        var candidates = new List<UploadedFile>(request.EarlierLinks);
        candidates.AddRange(LastLinksFile(request.LinksFile));
        foreach (var (_, cache) in caches) candidates.AddRange(cache.Candidates(api));
        if (release is not null)
        {
            candidates.AddRange(release.Rows);
            // A mirrored asset's row has no SHA-256 (its bytes never passed through here): the row of its name and size stands for
            // it, under its URL, which is how the engine matches remote uploads.
            foreach (var asset in assets)
            {
                if (release.Rows.FirstOrDefault(r => r.Name == asset.Name && r.Size == asset.Size && r.Sha256.Length == 0) is { } row)
                    candidates.Add(row with { Path = asset.DownloadUrl.AbsoluteUri });
            }
        }
        return new ReuseSources(candidates, caches.SelectMany(c => c.Item2.KnownHashes()).ToList(), caches);
    }

    /// <summary>The links file the run is about to replace: one that is not a links JSON is simply no source.</summary>
    private static IReadOnlyList<UploadedFile> LastLinksFile(string? path)
    {
        if (path is null || !File.Exists(path)) return [];
        try { return LinksJson.Parse(File.ReadAllText(path)); }
        catch (Exception e) when (e is System.Text.Json.JsonException or IOException or UnauthorizedAccessException) { return []; }
    }
}
