using MirrorAce.Api;

namespace MirrorAce.Upload;

/// <summary>
/// Uploads a run of files: every input checked before any byte is sent, then the files streamed
/// with bounded parallelism. Results come back in input order, one per requested file.
/// </summary>
public sealed class MirrorAceUploader
{
    private readonly UploadOptions _options;
    private readonly IUploadListener _listener;

    /// <summary>Creates an uploader for one account.</summary>
    public MirrorAceUploader(MirrorAceCredentials credentials, UploadOptions? options = null)
    {
        _options = options ?? new UploadOptions();
        _listener = _options.Listener ?? new SilentListener();
        Client = new MirrorAceClient(credentials, _options.ApiUrl, _options.Retry, _listener, [_options.FilePassword]);
    }

    /// <summary>The API client the uploader uses, for <c>file/info</c> and remote uploads.</summary>
    public MirrorAceClient Client { get; }

    /// <summary>Uploads <paramref name="files"/>; never throws for a file's failure, only reports it.</summary>
    public async Task<IReadOnlyList<FileUploadResult>> UploadAsync(IReadOnlyList<UploadRequest> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var results = new FileUploadResult?[files.Count];
        var local = new LocalFile?[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            try { local[i] = LocalFile.Inspect(files[i].Path, _options.BaseDirectory); }
            catch (MirrorAceException e) { results[i] = FileUploadResult.Failure(files[i].Path, e); }
        }
        if (results.Any(r => r is not null))
            return Finish(files, results, NotAttempted("another input of this run is invalid"));

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.Retry.Deadline is { } limit) deadline.CancelAfter(limit);
        try
        {
            await PreflightAsync(files, local!, results, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Finish(files, results, DeadlinePassed());
        }
        catch (OperationCanceledException)
        {
            return Finish(files, results, Cancelled());
        }
        if (results.Any(r => r is not null))
            return Finish(files, results, NotAttempted("another file of this run cannot be uploaded"));

        var totals = new RunTotals(local!.Sum(f => f!.Size));
        var uploader = new ChunkedUploader(Client, _options, _listener);
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism) },
            async (i, _) =>
            {
                var file = local[i]!;
                _listener.OnFileStarted(file.RequestedPath, file.Size);
                results[i] = await UploadOneAsync(uploader, file, files[i], totals, cancellationToken, deadline.Token);
                _listener.OnFileFinished(results[i]!);
            });
        return results!;
    }

    private async Task<FileUploadResult> UploadOneAsync(ChunkedUploader uploader, LocalFile file, UploadRequest request, RunTotals totals,
        CancellationToken cancelled, CancellationToken deadline)
    {
        if (deadline.IsCancellationRequested)
            return FileUploadResult.Failure(file.RequestedPath, cancelled.IsCancellationRequested ? Cancelled() : DeadlinePassed());
        long position = 0;
        void OnPosition(long now)
        {
            totals.Add(now - position);
            position = now;
            _listener.OnProgress(new UploadProgress(file.RequestedPath, now, file.Size, totals.Sent, totals.Size));
        }
        try
        {
            var uploaded = await uploader.UploadAsync(file, MirrorsFor(request), OnPosition, deadline);
            return FileUploadResult.Success(file.RequestedPath, uploaded);
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

    private async Task PreflightAsync(IReadOnlyList<UploadRequest> files, LocalFile?[] local, FileUploadResult?[] results, CancellationToken ct)
    {
        // One look at the account's limits before any byte is sent: a file too large or a disallowed
        // mirror fails the run up front instead of after other files were uploaded.
        UploadVariables variables;
        try
        {
            variables = await Client.GetUploadVariablesAsync(ct);
        }
        catch (MirrorAceException e)
        {
            for (var i = 0; i < files.Count; i++) results[i] = FileUploadResult.Failure(files[i].Path, e);
            return;
        }
        for (var i = 0; i < files.Count; i++)
        {
            try { ChunkedUploader.Check(local[i]!, MirrorsFor(files[i]), variables); }
            catch (MirrorAceException e) { results[i] = FileUploadResult.Failure(files[i].Path, e); }
        }
    }

    private IReadOnlyList<string> MirrorsFor(UploadRequest request) =>
        request.Mirrors is { Count: > 0 } own ? own : _options.Mirrors;

    private static FileUploadResult[] Finish(IReadOnlyList<UploadRequest> files, FileUploadResult?[] results, MirrorAceException forTheRest)
    {
        var done = new FileUploadResult[files.Count];
        for (var i = 0; i < files.Count; i++)
            done[i] = results[i] ?? FileUploadResult.Failure(files[i].Path, forTheRest);
        return done;
    }

    private static MirrorAceException NotAttempted(string why) => new(ErrorCodes.NotAttempted, $"Not uploaded: {why}",
        "Fix the errors reported for the other files and run again; nothing was sent.", step: UploadStep.Validate);

    private static MirrorAceException Cancelled() => new(ErrorCodes.Cancelled, "Cancelled before this file finished; no link is published for it",
        "Run again to upload it.");

    private MirrorAceException DeadlinePassed() => new(ErrorCodes.DeadlineExceeded,
        $"The run's deadline of {_options.Retry.Deadline?.TotalSeconds:0} s passed before this file finished; no link is published for it",
        "Raise the deadline, or run again on a faster network.");

    private sealed class SilentListener : IUploadListener;

    private sealed class RunTotals(long size)
    {
        private long _sent;
        public long Size { get; } = size;
        public long Sent => Interlocked.Read(ref _sent);
        public void Add(long delta) => Interlocked.Add(ref _sent, delta);
    }
}
