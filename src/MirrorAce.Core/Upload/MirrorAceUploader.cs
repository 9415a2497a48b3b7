using MirrorAce.Api;

namespace MirrorAce.Upload;

/// <summary>
/// Uploads a run of files: every input checked before any byte is sent, earlier uploads of the same
/// bytes reused, then the files streamed with bounded parallelism. Results come back in input
/// order, one per requested file.
/// </summary>
public sealed class MirrorAceUploader
{
    private readonly UploadOptions _options;
    private readonly IUploadListener _listener;

    /// <summary>Creates an uploader for one account.</summary>
    /// <exception cref="MirrorAceException">MA1023 for a malformed <see cref="UploadOptions.FilePassword"/>; MA1021 or MA1022 for the API URL.</exception>
    public MirrorAceUploader(MirrorAceCredentials credentials, UploadOptions? options = null)
    {
        _options = options ?? new UploadOptions();
        // The doors check it first under the name the user knows; this guards every other caller.
        if (!string.IsNullOrEmpty(_options.FilePassword)) CredentialRules.Require(_options.FilePassword, "file password", "the upload options");
        // Earlier uploads come from files anyone may have edited (links files, release notes, caches): one whose url,
        // slug or name could not come from a trustworthy answer is never reused, so it is never published again.
        if (!_options.ReuseCandidates.All(ServerText.IsPublishable))
            _options = _options with { ReuseCandidates = _options.ReuseCandidates.Where(ServerText.IsPublishable).ToList() };
        _listener = _options.Listener ?? new SilentListener();
        Client = new MirrorAceClient(credentials, _options.ApiUrl, _options.Retry, _listener, [_options.FilePassword]);
    }

    /// <summary>The API client the uploader uses, for <c>file/info</c> and remote uploads.</summary>
    public MirrorAceClient Client { get; }

    /// <summary>Uploads <paramref name="files"/>; never throws for a file's failure, only reports it.</summary>
    public async Task<IReadOnlyList<FileUploadResult>> UploadAsync(IReadOnlyList<UploadRequest> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.Retry.Deadline is { } limit) deadline.CancelAfter(limit);
        var run = await PrepareAsync(files, cancellationToken, deadline.Token);
        if (run.Results.Any(r => r is not null))
            return run.Finish();

        var toUpload = Enumerable.Range(0, files.Count).Where(i => run.Reused[i] is null && run.AliasOf[i] is null).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            if (run.Reused[i] is not { } reused || run.AliasOf[i] is not null) continue;
            run.Results[i] = FileUploadResult.Success(files[i].Path, reused, wasReused: true);
            _listener.OnFileFinished(run.Results[i]!);
        }

        var totals = new RunTotals(toUpload.Sum(i => run.Files[i]!.Size));
        var uploader = new ChunkedUploader(Client, _options, _listener);
        await Parallel.ForEachAsync(toUpload, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism) },
            async (i, _) =>
            {
                var file = run.Files[i]!;
                _listener.OnFileStarted(file.RequestedPath, file.Size);
                run.Results[i] = await UploadOneAsync(uploader, run.Reuse!, file, run.Parts[i], files[i], totals, cancellationToken, deadline.Token);
                _listener.OnFileFinished(run.Results[i]!);
            });
        // A file named twice was sent once; each request gets its outcome.
        for (var i = 0; i < files.Count; i++)
            if (run.AliasOf[i] is { } first && run.Results[first] is { } outcome)
                run.Results[i] = outcome.For(files[i].Path);
        return run.Finish();
    }

    /// <summary>
    /// Has MirrorAce fetch each URL itself (<c>server_remote</c>): files published elsewhere are mirrored
    /// without uploading their bytes from here. A URL mirrored before (a reuse candidate whose path is
    /// the URL and whose slug is active) is reused.
    /// </summary>
    public async Task<IReadOnlyList<FileUploadResult>> MirrorUrlsAsync(IReadOnlyList<Uri> urls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (SourceUserInfo(urls) is { } refused)
            return urls.Select(u => FileUploadResult.Failure(Http.UrlDisplay.Text(u.AbsoluteUri), refused)).ToArray();
        var reusable = await EarlierMirrorsAsync(urls, cancellationToken);
        var mirrorer = new UrlMirrorer(Client, _options, _listener);
        var results = new FileUploadResult[urls.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, urls.Count), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism) },
            async (i, _) =>
            {
                _listener.OnFileStarted(urls[i].AbsoluteUri, 0);
                try { results[i] = await mirrorer.MirrorAsync(urls[i], reusable, cancellationToken); }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { results[i] = FileUploadResult.Failure(urls[i].AbsoluteUri, Cancelled()); }
                _listener.OnFileFinished(results[i]);
            });
        return results;
    }

    /// <summary>
    /// The dry run of <see cref="MirrorUrlsAsync"/>: asks for upload variables (so credentials and mirrors are
    /// checked by the server) and looks for earlier mirrors to reuse, but has nothing fetched. A planned URL has
    /// no size (only its source knows it) and no chunks (MirrorAce fetches it in one remote request).
    /// </summary>
    public async Task<IReadOnlyList<PlannedUpload>> PlanUrlsAsync(IReadOnlyList<Uri> urls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (SourceUserInfo(urls) is { } refused)
            return urls.Select(u => new PlannedUpload(Http.UrlDisplay.Text(u.AbsoluteUri), 0, 0, [], null, refused.WithFile(Http.UrlDisplay.Text(u.AbsoluteUri)))).ToList();
        IReadOnlyDictionary<string, RemoteFileInfo> reusable;
        Api.UploadVariables variables;
        try
        {
            reusable = await EarlierMirrorsAsync(urls, cancellationToken);
            variables = await Client.GetUploadVariablesAsync(cancellationToken);
        }
        catch (MirrorAceException e)
        {
            return urls.Select(u => new PlannedUpload(u.AbsoluteUri, 0, 0, [], null, e.WithFile(u.AbsoluteUri))).ToList();
        }
        return urls.Select(u => UrlMirrorer.Plan(u, _options, reusable, variables)).ToList();
    }

    /// <summary>
    /// The dry run: inspects the files, asks for upload variables (so credentials, mirrors and size
    /// limits are checked by the server) and looks for reusable uploads, but sends no file byte.
    /// </summary>
    public async Task<IReadOnlyList<PlannedUpload>> PlanAsync(IReadOnlyList<UploadRequest> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var run = await PrepareAsync(files, cancellationToken, cancellationToken);
        var results = run.Results.Any(r => r is not null) ? run.Finish() : null;
        var plans = new List<PlannedUpload>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = run.Files[i];
            var error = results?[i].Error;
            var pieces = run.Parts[i] ?? (file is null ? [] : [file]);
            if (error is null && run.Parts[i] is { } parts)
            {
                try { pieces = await PartsToUploadAsync(run.Reuse!, parts, files[i], cancellationToken); }
                catch (MirrorAceException e) { error = e.WithFile(files[i].Path); }
            }
            var chunks = run.ChunkSize == 0 ? 0 : pieces.Sum(p => (p.Size + run.ChunkSize - 1) / run.ChunkSize);
            var sendsBytes = run.Reused[i] is null && run.AliasOf[i] is null;
            plans.Add(new PlannedUpload(files[i].Path, file?.Size ?? 0, sendsBytes ? chunks : 0, run.Mirrors[i] ?? [], run.Reused[i], error)
            {
                Parts = Math.Max(1, run.Parts[i]?.Count ?? 1),
            });
        }
        return plans;
    }

    /// <summary>
    /// The refusals (MA1072) a run of <paramref name="files"/> would get for different files that share a name: for a
    /// door that serves some files from its own state before it calls the engine with the rest.
    /// </summary>
    public IReadOnlyList<MirrorAceException> NameClashes(IReadOnlyList<UploadRequest> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var local = files.Select(f => LocalFile.Named(f.Path, _options.BaseDirectory)).ToList();
        var clashes = new List<MirrorAceException>();
        SameNames.Check(local, (_, error) => clashes.Add(error));
        return clashes;
    }

    /// <summary>The parts of a split file that no earlier upload covers: what a real run would send.</summary>
    private async Task<IReadOnlyList<LocalFile>> PartsToUploadAsync(ReuseFinder reuse, IReadOnlyList<LocalFile> parts, UploadRequest request, CancellationToken ct)
    {
        var missing = new List<LocalFile>();
        for (var p = 0; p < parts.Count; p++)
        {
            if (await reuse.FindPartAsync(parts[p], p + 1, parts.Count, whole: null, MirrorsFor(request), ct) is null)
                missing.Add(parts[p]);
        }
        return missing;
    }

    /// <summary>
    /// A source URL's <c>user:password@</c> would be published with the link (links JSON, outputs, release notes): such
    /// a run is refused before anything is sent, and the refusal shows the URL without it.
    /// </summary>
    private static MirrorAceException? SourceUserInfo(IReadOnlyList<Uri> urls)
    {
        var first = urls.FirstOrDefault(u => u.IsAbsoluteUri && !string.IsNullOrEmpty(u.UserInfo));
        return first is null ? null : Errors.SourceUrlWithUserInfo(first);
    }

    private async Task<IReadOnlyDictionary<string, RemoteFileInfo>> EarlierMirrorsAsync(IReadOnlyList<Uri> urls, CancellationToken ct)
    {
        var earlier = _options.ReuseCandidates.Where(c => urls.Any(u => u.AbsoluteUri == c.Path)).Select(c => c.Slug).ToList();
        return earlier.Count == 0 ? new Dictionary<string, RemoteFileInfo>() : await Client.GetFileInfoAsync(earlier, ct);
    }

    private async Task<Run> PrepareAsync(IReadOnlyList<UploadRequest> files, CancellationToken cancelled, CancellationToken deadline)
    {
        var run = new Run(files);
        // The workspace's own real path, once for the run rather than once per file.
        var workspace = _options.Workspace is null ? null : Files.RealPath.Of(_options.Workspace);
        for (var i = 0; i < files.Count; i++)
        {
            try { run.Files[i] = LocalFile.Inspect(files[i].Path, _options.BaseDirectory, workspace); }
            catch (MirrorAceException e) { run.Results[i] = FileUploadResult.Failure(files[i].Path, e); }
        }
        if (run.Results.All(r => r is null))
            run.AliasOf = SameNames.Check(run.Files!, (i, error) => run.Results[i] = FileUploadResult.Failure(files[i].Path, error));
        if (run.Results.Any(r => r is not null))
            return run.FailRest(NotAttempted("another input of this run is invalid"));

        try
        {
            var local = run.Files.Select(f => f!).ToList();
            // An earlier upload may lack the password this run asks for: with a password, nothing is reused.
            var reuse = run.Reuse = new ReuseFinder(Client, string.IsNullOrEmpty(_options.FilePassword) ? _options.ReuseCandidates : [], _listener, _options.KnownHashes);
            var found = await reuse.FindAsync(local, files.Select(MirrorsFor).ToList(), deadline);
            Array.Copy(found, run.Reused, found.Length);
            await PreflightAsync(run, deadline);
        }
        catch (MirrorAceException e)
        {
            return run.FailRest(e);
        }
        catch (OperationCanceledException) when (!cancelled.IsCancellationRequested)
        {
            return run.FailRest(DeadlinePassed());
        }
        catch (OperationCanceledException)
        {
            return run.FailRest(Cancelled());
        }
        if (run.Results.Any(r => r is not null))
            return run.FailRest(NotAttempted("another file of this run cannot be uploaded"));
        return run;
    }

    private async Task PreflightAsync(Run run, CancellationToken ct)
    {
        // One look at the account's limits before any byte is sent: a file too large or a disallowed
        // mirror fails the run up front instead of after other files were uploaded.
        var variables = await Client.GetUploadVariablesAsync(ct);
        run.ChunkSize = Math.Min(variables.MaxChunkSize, _options.ChunkSize is > 0 ? _options.ChunkSize.Value : long.MaxValue);
        for (var i = 0; i < run.Requests.Count; i++)
        {
            try { run.Mirrors[i] = run.Reused[i]?.Mirrors ?? ChunkedUploader.Check(run.Files[i]!, MirrorsFor(run.Requests[i]), variables, _options.Terms, _options.Split); }
            catch (MirrorAceException e) { run.Results[i] = FileUploadResult.Failure(run.Requests[i].Path, e); }
            if (run.Reused[i] is null && run.Files[i]!.Size >= variables.MaxFileSize)
                run.Parts[i] = SplitFile.Cut(run.Files[i]!, variables.MaxFileSize, run.ChunkSize);
        }
    }

    private async Task<FileUploadResult> UploadOneAsync(ChunkedUploader uploader, ReuseFinder reuse, LocalFile file, IReadOnlyList<LocalFile>? parts,
        UploadRequest request, RunTotals totals, CancellationToken cancelled, CancellationToken deadline)
    {
        if (deadline.IsCancellationRequested)
            return FileUploadResult.Failure(file.RequestedPath, cancelled.IsCancellationRequested ? Cancelled() : DeadlinePassed());
        long position = 0;
        long partStart = 0;
        void OnPosition(long now)
        {
            now += partStart;
            totals.Add(now - position);
            position = now;
            _listener.OnProgress(new UploadProgress(file.RequestedPath, now, file.Size, totals.Sent, totals.Size));
        }
        try
        {
            if (parts is null)
                return FileUploadResult.Success(file.RequestedPath, await uploader.UploadAsync(file, MirrorsFor(request), OnPosition, deadline));

            // Parts go one after another so the whole file's SHA-256 is computed in the same single read.
            // A part MirrorAce already holds is reused, so a re-run after a failed part uploads only what is missing.
            using var whole = new FileHasher();
            var uploaded = new List<UploadedFile>();
            var reused = 0;
            for (var p = 0; p < parts.Count; p++)
            {
                var part = parts[p];
                partStart = part.Offset;
                if (await reuse.FindPartAsync(part, p + 1, parts.Count, whole, MirrorsFor(request), deadline) is { } earlier)
                {
                    uploaded.Add(earlier);
                    reused++;
                    OnPosition(part.Size);
                    continue;
                }
                uploaded.Add(await uploader.UploadAsync(part, MirrorsFor(request), OnPosition, deadline, whole));
            }
            return FileUploadResult.SplitSuccess(file.RequestedPath, SplitFile.Label(uploaded, file, whole.Finish()), reused == parts.Count);
        }
        catch (MirrorAceException e)
        {
            return FileUploadResult.Failure(file.RequestedPath, e);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return FileUploadResult.Failure(file.RequestedPath, cancelled.IsCancellationRequested ? Cancelled() : DeadlinePassed());
        }
    }

    private IReadOnlyList<string> MirrorsFor(UploadRequest request) =>
        request.Mirrors is { Count: > 0 } own ? own : _options.Mirrors;

    private static MirrorAceException NotAttempted(string why) => Errors.NotAttempted(why);

    private static MirrorAceException Cancelled() => Errors.Cancelled();

    private MirrorAceException DeadlinePassed() => Errors.DeadlinePassed(_options.Retry.Deadline);

    /// <summary>The state of one run as it is prepared: per file, what it is, its fate, its mirrors.</summary>
    private sealed class Run(IReadOnlyList<UploadRequest> requests)
    {
        public IReadOnlyList<UploadRequest> Requests { get; } = requests;
        public LocalFile?[] Files { get; } = new LocalFile?[requests.Count];
        public FileUploadResult?[] Results { get; } = new FileUploadResult?[requests.Count];
        public UploadedFile?[] Reused { get; } = new UploadedFile?[requests.Count];
        public IReadOnlyList<string>?[] Mirrors { get; } = new IReadOnlyList<string>?[requests.Count];
        public IReadOnlyList<LocalFile>?[] Parts { get; } = new IReadOnlyList<LocalFile>?[requests.Count];
        /// <summary>For a request naming a file an earlier request names too: that request's index.</summary>
        public int?[] AliasOf { get; set; } = new int?[requests.Count];
        public long ChunkSize { get; set; }
        public ReuseFinder? Reuse { get; set; }
        private MirrorAceException? _forTheRest;

        public Run FailRest(MirrorAceException error)
        {
            _forTheRest = error;
            for (var i = 0; i < Results.Length; i++)
                Results[i] ??= FileUploadResult.Failure(Requests[i].Path, error);
            return this;
        }

        public FileUploadResult[] Finish() =>
            Results.Select((r, i) => r ?? FileUploadResult.Failure(Requests[i].Path, _forTheRest ?? Cancelled())).ToArray();
    }

    private sealed class SilentListener : IUploadListener;

    private sealed class RunTotals(long size)
    {
        private long _sent;
        public long Size { get; } = size;
        public long Sent => Interlocked.Read(ref _sent);
        public void Add(long delta) => Interlocked.Add(ref _sent, delta);
    }
}
