using System.Text;
using MirrorAce.Upload;

namespace MirrorAce.Publishing;

// The SHA256SUMS step of a run (PublishRequest.Checksums): made from the hashes the run already has, uploaded like any file.
public sealed partial class MirrorAcePublisher
{
    // Jobs of one release may each rebuild the manifest at once; a few rounds let the last writer cover them all.
    private const int ManifestRounds = 3;

    /// <summary>MA1072 for a file, URL or release asset the run would list under the manifest's name; null when none would.</summary>
    private static MirrorAceException? ManifestNameTaken(PublishRequest request, IReadOnlyList<string> files, IReadOnlyList<ReleaseAsset> assets)
    {
        if (!request.Checksums) return null;
        var named = files.Select(f => (Given: f, Name: Path.GetFileName(f.Replace('\\', '/'))))
            .Concat(request.Urls.Select(u => (Given: u.AbsoluteUri, Name: ListedName.Of(new UploadedFile("", u.AbsoluteUri, 0, "", "", "", [])))))
            .Concat(assets.Select(a => (Given: a.Name, a.Name)));
        return named.FirstOrDefault(n => ChecksumManifest.IsManifestName(n.Name)) is { Given: not null } taken ? Errors.ManifestNameTaken(taken.Given) : null;
    }

    /// <summary>The dry run's line for the manifest: the files planned here and the release's rows with a SHA-256.</summary>
    private PlanItem PlannedManifest(IReadOnlyList<PlanItem> plan, ReleaseSnapshot? release)
    {
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in release?.Rows ?? []) foreach (var (name, sha256) in ChecksumManifest.Entries([row])) names[name] = sha256;
        foreach (var item in plan.Where(p => p.Source is null && p.Plan.Error is null))
        {
            var name = Path.GetFileName(item.Name.Replace('\\', '/'));
            names[name] = new string('0', 64);
            for (var part = 1; item.Plan.Parts > 1 && part <= item.Plan.Parts; part++) names[$"{name}.{part:000}"] = new string('0', 64);
        }
        var size = ChecksumManifest.Size(names);
        return new PlanItem(ChecksumManifest.FileName, new PlannedUpload(ChecksumManifest.FileName, size, 1, options.Mirrors, null, null), null, size);
    }

    /// <summary>
    /// Makes, uploads and lists the manifest after the run's files are listed. With a release it covers every row the notes
    /// now list with a SHA-256 (other jobs' too), re-read after this run's rows went in, so one <c>sha256sum -c</c> checks the
    /// whole release; it is checked again after it is listed, and made again when another job listed files meanwhile.
    /// </summary>
    private async Task<PublishResult> PublishManifestAsync(PublishResult result, PublishRequest request, ReuseSources sources,
        IPublishListener listener, Action<string> notice, CancellationToken ct)
    {
        var own = ChecksumManifest.Entries(result.Links);
        if (own.Count == 0 || ct.IsCancellationRequested)
        {
            var why = ct.IsCancellationRequested ? "the run was stopped" : result.Links.Count == 0 ? "no file of this run succeeded"
                : "no file of this run has a SHA-256 (MirrorAce fetched them itself)";
            notice($"No {ChecksumManifest.FileName}: {why}.");
            return result;
        }
        // Without a release, or when its notes could not be written, the manifest covers this run's files alone.
        var notes = result.Listing is not null ? request.Release : null;
        // The last manifest the notes list: a later round that fails leaves it (and its link) in place, with a notice.
        FileUploadResult? listedManifest = null;
        FileUploadResult? manifest = null;
        for (var round = 1; round <= ManifestRounds; round++)
        {
            IReadOnlyList<UploadedFile> rows = [];
            if (notes is not null)
            {
                try { rows = (await notes.ReadAsync(withAssets: false, notice, ct)).Rows; }
                catch (Exception e) when (e is MirrorAceException or OperationCanceledException && listedManifest is not null)
                {
                    notice($"The notes of {notes.Description} could not be read again; the {ChecksumManifest.FileName} listed covers what they held before.");
                    return Add(result, listedManifest);
                }
                catch (MirrorAceException e) { return result with { ListingError = e }; }
                catch (OperationCanceledException) when (ct.IsCancellationRequested) { return result; }
            }
            var entries = Covering(own, rows);
            manifest = await UploadManifestAsync(ChecksumManifest.Render(entries), [.. sources.Candidates, .. rows], listener, ct);
            if (!manifest.Succeeded && listedManifest is not null)
            {
                notice($"{ChecksumManifest.FileName} could not be made again ({manifest.Error.Code}); the one listed covers the notes as they were.");
                return Add(result, listedManifest);
            }
            if (!manifest.Succeeded || notes is null) break;
            var (listed, error) = await ListManifestAsync(notes, manifest.File, notice, ct);
            if (error is not null) return Add(result, listedManifest ?? manifest) with { ListingError = listedManifest is null ? error : result.ListingError };
            listedManifest = manifest;
            result = result with { Listing = Merged(result.Listing!, listed!) };
            try
            {
                var after = (await notes.ReadAsync(withAssets: false, notice, ct)).Rows;
                var row = after.FirstOrDefault(r => r.Name == ChecksumManifest.FileName);
                if (row?.Sha256 == manifest.File.Sha256 && Covering(own, after).SequenceEqual(entries)) break;
            }
            catch (Exception e) when (e is MirrorAceException or OperationCanceledException) { break; }
            if (round < ManifestRounds) notice($"Another job changed the notes of {notes.Description} meanwhile; {ChecksumManifest.FileName} is made again to cover its files.");
        }
        return Add(result, manifest);
    }

    // The release's rows win over this run's: they are what the release offers (another job may have listed a later upload of a name).
    private static SortedDictionary<string, string> Covering(SortedDictionary<string, string> own, IReadOnlyList<UploadedFile> rows)
    {
        var entries = new SortedDictionary<string, string>(own, StringComparer.Ordinal);
        foreach (var (name, sha256) in ChecksumManifest.Entries(rows)) entries[name] = sha256;
        return entries;
    }

    private async Task<FileUploadResult> UploadManifestAsync(string text, IReadOnlyList<UploadedFile> candidates, IPublishListener listener, CancellationToken ct)
    {
        DirectoryInfo? folder = null;
        try
        {
            folder = Directory.CreateTempSubdirectory("mirrorace-sums-");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, ChecksumManifest.FileName), text, new UTF8Encoding(false), ct);
            // The engine wrote it outside the workspace on purpose; its path in the links is its name (the folder is deleted).
            var engine = new MirrorAceUploader(credentials, options with
            {
                Listener = listener, BaseDirectory = folder.FullName, Workspace = null, ReuseCandidates = candidates, KnownHashes = [],
            });
            listener.OnStageStarted($"Uploading {ChecksumManifest.FileName} to MirrorAce ({engine.Client.ApiUrl.Host})");
            try { return (await engine.UploadAsync([new UploadRequest(ChecksumManifest.FileName)], ct))[0]; }
            finally { listener.OnStageFinished(); }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileUploadResult.Failure(ChecksumManifest.FileName, Errors.FileUnreadableForUpload(ChecksumManifest.FileName, e));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return FileUploadResult.Failure(ChecksumManifest.FileName, Errors.Cancelled());
        }
        finally
        {
            try { folder?.Delete(recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    private static async Task<(ReleaseNotesOutcome? Listed, MirrorAceException? Error)> ListManifestAsync(IReleaseNotes notes, UploadedFile manifest,
        Action<string> notice, CancellationToken ct)
    {
        using var finishing = new GracefulStop(ct);
        try { return (await notes.ListAsync([manifest], new Dictionary<string, string>(), notice, finishing.Token), null); }
        catch (MirrorAceException e) { return (null, e); }
        catch (OperationCanceledException) when (finishing.Token.IsCancellationRequested || ct.IsCancellationRequested)
        {
            return (null, Errors.ListingCancelled(notes.Description));
        }
    }

    private static PublishResult Add(PublishResult result, FileUploadResult? manifest) =>
        manifest is null ? result : result with { Files = [.. result.Files, manifest] };

    // What both listings did, as one: a name the manifest's listing reports replaces its earlier report.
    private static ReleaseNotesOutcome Merged(ReleaseNotesOutcome files, ReleaseNotesOutcome manifest)
    {
        static IReadOnlyList<string> Without(IReadOnlyList<string> names) => names.Where(n => n != ChecksumManifest.FileName).ToList();
        return files with
        {
            HtmlUrl = manifest.HtmlUrl ?? files.HtmlUrl,
            Changed = files.Changed || manifest.Changed,
            Created = files.Created || manifest.Created,
            Added = [.. Without(files.Added), .. manifest.Added],
            Replaced = [.. Without(files.Replaced), .. manifest.Replaced],
            AlreadyListed = [.. Without(files.AlreadyListed), .. manifest.AlreadyListed],
            Superseded = [.. Without(files.Superseded), .. manifest.Superseded],
        };
    }
}
