using MirrorAce.Api;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Publishing;

/// <summary>
/// One publish run, the use case every door offers: select the files, read the release, gather earlier uploads, plan or
/// upload (reusing what MirrorAce still holds), write the links, remember the uploads, list them in the release's notes and
/// check its links. Doors translate their inputs into a <see cref="PublishRequest"/> and render the <see cref="PublishResult"/>;
/// none of them uploads, reuses or lists anything itself.
/// </summary>
/// <param name="credentials">The account.</param>
/// <param name="options">How files are uploaded: API, mirrors, limits, retries, base directory and workspace, the door's terms.</param>
/// <exception cref="MirrorAceException">MA1021 or MA1022 for the API URL, MA1023 for a malformed file password.</exception>
public sealed partial class MirrorAcePublisher(MirrorAceCredentials credentials, UploadOptions options)
{
    // Made at once, so a malformed API URL or password (MA1021, MA1022, MA1023) is refused where the door makes the publisher.
    private readonly MirrorAceClient _client = new MirrorAceUploader(credentials, options with { ReuseCandidates = [] }).Client;

    /// <summary>Runs <paramref name="request"/>. Never throws for a file's or the release's failure: the result says what failed.</summary>
    /// <param name="request">What to publish.</param>
    /// <param name="listener">Receives progress, notices and stages; null for none.</param>
    /// <param name="cancellationToken">Stops the run: nothing new starts, what finished is still written (links, cache, the release within a short grace).</param>
    public async Task<PublishResult> RunAsync(PublishRequest request, IPublishListener? listener = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        listener ??= new Silent();
        if (request.DryRun) listener = new PlanningListener(listener);
        void Notice(string line) => listener.OnNotice(new UploadNotice(NoticeKind.Info, null, line));

        // 1. The files, by the same rules in every door.
        Files.FileSelectionResult selection;
        try { selection = SelectedFiles.Resolve(request, options.BaseDirectory, options.Terms, Notice); }
        catch (MirrorAceException e) { return new PublishResult { Refused = e }; }
        if (selection.Unmatched.Count > 0)
        {
            if (request.IfNoFilesFound == IfNoFilesFound.Error)
                return new PublishResult { Refused = Errors.NoFilesMatched(selection.Unmatched), Unmatched = selection.Unmatched };
            var rest = selection.Files.Count > 0 ? "the files the other patterns found are uploaded" : "no other pattern found a file either";
            foreach (var pattern in selection.Unmatched)
            {
                var line = $"No file matches '{pattern}'; {rest}.";
                if (request.IfNoFilesFound == IfNoFilesFound.Warn) listener.OnWarning(ErrorCodes.NoFilesMatched, line);
                else Notice(line);
            }
        }
        if ((request.MirrorReleaseAssets || request.VerifyRelease) && request.Release is null)
            return new PublishResult { Refused = Errors.NeedsRelease(request.MirrorReleaseAssets ? "Mirroring the release's assets" : "Checking the release's links"), Unmatched = selection.Unmatched };

        // 2. The release first: what its notes list is reused, and a release that cannot be read stops the run before
        // anything is sent, since uploading without knowing could leave duplicates (MirrorAce has no delete call).
        ReleaseSnapshot? release = null;
        IReadOnlyList<ReleaseAsset> assets = [];
        if (request.Release is { } notes)
        {
            try { release = await notes.ReadAsync(request.MirrorReleaseAssets, Notice, cancellationToken); }
            catch (MirrorAceException e) { return new PublishResult { Refused = e, Unmatched = selection.Unmatched }; }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return new PublishResult { Refused = Errors.RunCancelled($"while {notes.Description} was read"), Unmatched = selection.Unmatched };
            }
            Notice(Describe(release, notes, request.MirrorReleaseAssets));
            if (request.MirrorReleaseAssets)
            {
                assets = SelectedFiles.AssetsToMirror(release.Assets, selection.Files, Notice);
                if (assets.Count > 0 && release.Draft)
                    return new PublishResult { Refused = Errors.DraftAssets(notes.Description), Release = release, Unmatched = selection.Unmatched };
            }
        }

        if (ManifestNameTaken(request, selection.Files, assets) is { } taken)
            return new PublishResult { Refused = taken, Release = release, Unmatched = selection.Unmatched };

        // 3. Earlier uploads, from every source, under one rule.
        var sources = ReuseSources.Gather(request, _client.ApiUrl, release, assets, Notice);
        var requests = selection.Files.Select(f => new UploadRequest(f, request.MirrorsByFile.GetValueOrDefault(f))).ToList();
        var urls = request.Urls.Concat(assets.Select(a => a.DownloadUrl)).ToList();
        var watcher = request.LinksFile is { } checkpoint && !request.DryRun
            ? new LinksCheckpoint(checkpoint, [.. selection.Files, .. urls.Select(u => u.AbsoluteUri)], listener)
            : listener;
        var engine = new MirrorAceUploader(credentials, options with
        {
            Listener = watcher,
            ReuseCandidates = sources.Candidates,
            KnownHashes = sources.KnownHashes,
        });
        var result = new PublishResult { Release = release, Unmatched = selection.Unmatched };

        if (request.DryRun)
        {
            result = result with { Plan = await PlanAsync(engine, requests, request.Urls, assets, cancellationToken) };
            if (request.Checksums) result = result with { Plan = [.. result.Plan, PlannedManifest(result.Plan, release)] };
            return request.VerifyRelease ? await VerifyAsync(result, request.Release!, engine.Client, Notice, cancellationToken) : result;
        }

        // 4. Upload, or reuse.
        var stamps = requests.Select(r => Stamp(r.Path)).ToList();
        var results = new List<FileUploadResult>();
        if (requests.Count > 0)
        {
            listener.OnStageStarted($"Uploading {RunText.Count(requests.Count, "file")} to MirrorAce ({engine.Client.ApiUrl.Host})");
            try { results.AddRange(await engine.UploadAsync(requests, cancellationToken)); }
            finally { listener.OnStageFinished(); }
        }
        if (urls.Count > 0)
        {
            listener.OnStageStarted($"Having MirrorAce fetch {RunText.Count(urls.Count, assets.Count == urls.Count ? "release asset" : "URL")}");
            try { results.AddRange(await engine.MirrorUrlsAsync(urls, cancellationToken)); }
            finally { listener.OnStageFinished(); }
        }
        result = result with { Files = results };

        // 5. What finished is written down even when others failed or the run was stopped: no link is lost.
        result = await WriteLinksAsync(result, request.LinksFile);
        await RememberAsync(sources, engine.Client.ApiUrl, results.Take(requests.Count).ToList(), stamps, listener);

        // 6. The release lists what the run has, reused files too: the notes say what the release offers.
        if (request.Release is { } target && result.Links.Count > 0)
            result = await ListAsync(result, target, assets, Notice, line => listener.OnNotice(new UploadNotice(NoticeKind.Outcome, null, line)), cancellationToken);
        if (request.Checksums)
        {
            var made = await PublishManifestAsync(result, request, sources, listener, Notice, cancellationToken);
            if (made.Files.Count > result.Files.Count)
            {
                made = await WriteLinksAsync(made, request.LinksFile);
                await RememberAsync(sources, engine.Client.ApiUrl, [made.Files[^1]], [null], listener);
            }
            result = made;
        }
        if (request.VerifyRelease && !cancellationToken.IsCancellationRequested)
            result = await VerifyAsync(result, request.Release!, engine.Client, Notice, cancellationToken);
        return result;
    }

    /// <summary>
    /// What MirrorAce says now of earlier links, judged by the one health rule (<see cref="LinkHealth"/>): the CLI's <c>status</c>.
    /// </summary>
    /// <param name="links">Each link's slug, and the size it was uploaded with when a links file says.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="MirrorAceException">When MirrorAce could not be asked.</exception>
    public async Task<IReadOnlyList<LinkHealth>> CheckLinksAsync(IReadOnlyList<(string Slug, long? ExpectedSize)> links, CancellationToken cancellationToken = default)
    {
        return await LinkHealth.CheckAsync(_client, links, cancellationToken);
    }

    private static async Task<IReadOnlyList<PlanItem>> PlanAsync(MirrorAceUploader engine, List<UploadRequest> requests, IReadOnlyList<Uri> urls,
        IReadOnlyList<ReleaseAsset> assets, CancellationToken ct)
    {
        var items = new List<PlanItem>();
        try
        {
            if (requests.Count > 0)
                items.AddRange((await engine.PlanAsync(requests, ct)).Select(p => new PlanItem(p.Path, p, null, p.Size)));
            if (urls.Count > 0)
                items.AddRange((await engine.PlanUrlsAsync(urls, ct)).Select((p, i) => new PlanItem(p.Path, p, urls[i], 0)));
            if (assets.Count > 0)
                items.AddRange((await engine.PlanUrlsAsync(assets.Select(a => a.DownloadUrl).ToList(), ct))
                    .Select((p, i) => new PlanItem(assets[i].Name, p, assets[i].DownloadUrl, assets[i].Size)));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Every file, URL and asset not planned yet is in the plan as cancelled, so none silently drops out of it.
            var planned = items.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
            PlanItem Cancelled(string name, Uri? source, long size) => new(name, new PlannedUpload(name, 0, 0, [], null, Errors.Cancelled().WithFile(name)), source, size);
            items.AddRange(requests.Where(r => !planned.Contains(r.Path)).Select(r => Cancelled(r.Path, null, 0)));
            items.AddRange(urls.Where(u => !planned.Contains(u.AbsoluteUri)).Select(u => Cancelled(u.AbsoluteUri, u, 0)));
            items.AddRange(assets.Where(a => !planned.Contains(a.Name)).Select(a => Cancelled(a.Name, a.DownloadUrl, a.Size)));
        }
        return items;
    }

    private async Task<PublishResult> WriteLinksAsync(PublishResult result, string? path)
    {
        if (path is null) return result;
        // A run that got nothing up leaves an earlier links file as it was: it is what the next run reuses.
        if (result.Links.Count == 0 && File.Exists(path)) return result with { LinksFileKept = true };
        try
        {
            await LinksJson.WriteAsync(path, result.Links, CancellationToken.None);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return result with { LinksError = Errors.LinksNotWritten(path, e.Message, options.Terms) };
        }
    }

    private async Task RememberAsync(ReuseSources sources, Uri api, List<FileUploadResult> results, List<(string RealPath, long Size, DateTime LastWriteUtc)?> stamps,
        IPublishListener listener)
    {
        // An upload protected by a password must never be offered to a run without one.
        if (sources.Caches.Count == 0 || !string.IsNullOrEmpty(options.FilePassword)) return;
        foreach (var (_, cache) in sources.Caches)
        {
            for (var i = 0; i < results.Count; i++)
            {
                if (!results[i].Succeeded) continue;
                var uploads = results[i].Uploaded;
                var sha256 = uploads[0].PartOf?.Sha256 ?? uploads[0].Sha256;
                // The stamp only counts when the file is still as it was before it was read.
                var stamp = stamps[i] is { } before && Stamp(results[i].Path) == before ? new KnownHash(before.RealPath, before.Size, before.LastWriteUtc, sha256) : null;
                cache.Remember(api, stamp, uploads);
            }
        }
        foreach (var (path, cache) in sources.Caches)
        {
            try { await cache.SaveAsync(path, CancellationToken.None); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var error = Errors.CacheNotWritten(path, e.Message);
                listener.OnWarning(error.Code, error.Message);
            }
        }
    }

    private static async Task<PublishResult> ListAsync(PublishResult result, IReleaseNotes release, IReadOnlyList<ReleaseAsset> assets, Action<string> onNotice,
        Action<string> onOutcome, CancellationToken ct)
    {
        // A stopped run still lists what finished, within a short grace: a re-run then reuses it instead of uploading it again.
        using var finishing = new GracefulStop(ct);
        var names = assets.ToDictionary(a => a.DownloadUrl.AbsoluteUri, a => a.Name, StringComparer.Ordinal);
        try
        {
            var outcome = await release.ListAsync(result.Links, names, onNotice, finishing.Token);
            onOutcome(RunText.ReleaseOutcome(outcome, release.Description));
            return result with { Listing = outcome };
        }
        catch (MirrorAceException e)
        {
            return result with { ListingError = e };
        }
        catch (OperationCanceledException) when (finishing.Token.IsCancellationRequested || ct.IsCancellationRequested)
        {
            return result with
            {
                ListingError = Errors.ListingCancelled(release.Description),
            };
        }
    }

    private static async Task<PublishResult> VerifyAsync(PublishResult result, IReleaseNotes release, MirrorAceClient client, Action<string> onNotice, CancellationToken ct)
    {
        try
        {
            var rows = (await release.ReadAsync(withAssets: false, onNotice, ct)).Rows;
            var health = await LinkHealth.CheckAsync(client, rows.Select(r => (r.Slug, (long?)r.Size)).ToList(), ct);
            return result with { ReleaseLinks = rows.Zip(health, (row, h) => new ReleaseLink(row, h)).ToList() };
        }
        catch (MirrorAceException e)
        {
            return result with { VerifyError = e };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return result with { VerifyError = Errors.CheckCancelled(release.Description) };
        }
    }

    private (string RealPath, long Size, DateTime LastWriteUtc)? Stamp(string path)
    {
        try
        {
            var real = Files.RealPath.Of(Path.GetFullPath(path, options.BaseDirectory));
            return KnownHash.StampOf(real) is { } now ? (real, now.Size, now.LastWriteUtc) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static string Describe(ReleaseSnapshot release, IReleaseNotes notes, bool withAssets) => !release.Exists
        ? $"{notes.Description}: no release has this tag yet; it is created, as a {(release.Draft ? "draft" : "published release")}, once the files are uploaded."
        : $"{notes.Description}: its notes list {RunText.Count(release.Rows.Count, "MirrorAce link")}"
          + (withAssets ? $"; it has {RunText.Count(release.Assets.Count, "asset")}." : ".");

    private sealed class Silent : IPublishListener;
}
