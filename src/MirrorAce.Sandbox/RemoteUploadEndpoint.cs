namespace MirrorAce.Sandbox;

/// <summary>
/// <c>POST {server_remote}</c>: the sandbox fetches <c>url</c> itself, synchronously, and answers like
/// a completed chunk upload. Loopback URLs are allowed because tests serve their files from 127.0.0.1.
/// </summary>
internal sealed class RemoteUploadEndpoint(SandboxState state)
{
    public async Task<Envelope> HandleAsync(HttpContext context, RequestLog log)
    {
        var ct = context.RequestAborted;
        // The document asks for multipart on upload endpoints; PHP reads a urlencoded form the same way, so both are taken.
        var (form, refusal) = await FormFields.ReadAuthenticatedAsync(context, log, state.Options, acceptMultipart: true);
        if (form is null)
        {
            return refusal!;
        }

        var (tracker, trackerError) = RequestChecks.Tracker(state, form.Last("upload_key"), form.Last("cTracker"));
        if (tracker is null)
        {
            return Envelope.Error(trackerError!);
        }

        if (!Uri.TryCreate(form.Last("url"), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return Envelope.Error("url must be an absolute http or https URL.");
        }

        var (mirrors, mirrorError) = RequestChecks.Mirrors(state.Options, form.All);
        if (mirrorError is not null)
        {
            return Envelope.Error(mirrorError);
        }

        await tracker.Gate.WaitAsync(ct);
        try
        {
            if (RequestChecks.Usable(tracker) is { } unusable)
            {
                return Envelope.Error(unusable);
            }

            if (tracker.Started)
            {
                return Envelope.Error("This cTracker already carries a chunked upload; request new upload variables.");
            }

            tracker.Mirrors = mirrors;
            tracker.Password = form.Last("file_password");
            return await FetchAsync(tracker, url, ct);
        }
        finally
        {
            tracker.Gate.Release();
        }
    }

    private async Task<Envelope> FetchAsync(ChunkTracker tracker, Uri url, CancellationToken ct)
    {
        var options = state.Options;
        try
        {
            using var response = await state.RemoteClient.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                return Envelope.Error($"Could not fetch the url: the remote server answered HTTP {(int)response.StatusCode}.");
            }

            if (response.Content.Headers.ContentLength is { } announced && Tolerances.FileTooLarge(options, announced))
            {
                return Envelope.Error($"The remote file is too large: {Tolerances.FileLimitText(options)}.");
            }

            var partPath = options.DiscardFiles ? null : state.PartPath(tracker);
            long length;
            await using (var appender = new TrackerAppender(tracker, partPath))
            {
                await using var body = await response.Content.ReadAsStreamAsync(ct);
                // Keeps at most max_file_size bytes but counts them all, so a larger file is seen and refused.
                length = await Streams.CopyAsync(body, appender.WriteAsync, options.MaxFileSize, ct);
                if (Tolerances.FileTooLarge(options, length))
                {
                    return Envelope.Error($"The remote file is too large: {Tolerances.FileLimitText(options)}.");
                }

                if (length == 0)
                {
                    return Envelope.Error("The remote file is empty.");
                }

                await appender.CommitAsync();
            }

            tracker.Name = RemoteName(response, url);
            tracker.Total = length;
            tracker.Received = length;
            tracker.Started = true;
            var file = state.Complete(tracker, partPath);
            return Envelope.Success(ChunkRequest.CompleteResult(state, file), "success: complete " + file.Slug);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException or IOException && !ct.IsCancellationRequested))
        {
            return Envelope.Error("Could not fetch the url: " + ex.Message);
        }
    }

    private static string RemoteName(HttpResponseMessage response, Uri url)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        var fromHeader = (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"');
        if (!string.IsNullOrEmpty(fromHeader))
        {
            return fromHeader;
        }

        var segment = Uri.UnescapeDataString(url.Segments[^1].TrimEnd('/'));
        return segment.Length > 0 ? segment : "remote-file";
    }
}
