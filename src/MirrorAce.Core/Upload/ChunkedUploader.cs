using MirrorAce.Api;
using MirrorAce.Http;

namespace MirrorAce.Upload;

/// <summary>
/// Uploads one file: fresh upload variables, the file streamed in chunks of at most
/// <c>max_chunk_size</c>, hashed in the same pass, and the result verified. A request whose fate
/// is unknown restarts the file from byte 0 with fresh variables, since sending a chunk the server
/// may already have appended could corrupt the file.
/// </summary>
internal sealed class ChunkedUploader(MirrorAceClient client, UploadOptions options, IUploadListener listener)
{
    // A key this close to its expiry is not worth starting an upload with.
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMinutes(2);

    public async Task<UploadedFile> UploadAsync(LocalFile file, IReadOnlyList<string> mirrors, Action<long> onPosition, CancellationToken ct,
        FileHasher? wholeHasher = null)
    {
        using var handle = OpenForRead(file);
        using var hasher = new FileHasher();
        var maxRestarts = Math.Max(0, options.Retry.MaxRestarts);
        string? lastRefusal = null;
        for (var restart = 0; ; restart++)
        {
            try
            {
                return await AttemptAsync(file, handle, hasher, wholeHasher, mirrors, onPosition, ct);
            }
            catch (Exception e) when (RestartReason(e) is { } reason)
            {
                onPosition(0);
                // The same refusal with fresh variables will not change with more of them ("mirror not allowed").
                var refusal = e is MirrorAceException { Code: ErrorCodes.ServerRefused } refused ? refused.ServerMessage ?? refused.Problem : null;
                if (restart >= maxRestarts || (refusal is not null && refusal == lastRefusal))
                    throw GiveUp(e, restart);
                lastRefusal = refusal;
                listener.OnNotice(new UploadNotice(NoticeKind.Restart, file.RequestedPath,
                    $"restarting from byte 0 with fresh upload variables (restart {restart + 1} of {maxRestarts}): {reason}"));
            }
        }
    }

    /// <summary>Checks a file against the account's limits and mirrors; also the pre-flight check of a run.</summary>
    public static IReadOnlyList<string> Check(LocalFile file, IReadOnlyList<string> mirrors, UploadVariables variables, DoorTerms terms, bool allowSplit = false)
    {
        if (file.Size >= variables.MaxFileSize && !allowSplit)
            throw Errors.FileTooLarge(file.RequestedPath, file.Size, variables.MaxFileSize, terms);
        return MirrorSelection.Choose(mirrors, variables, file.RequestedPath);
    }

    private async Task<UploadedFile> AttemptAsync(LocalFile file, Microsoft.Win32.SafeHandles.SafeFileHandle handle, FileHasher hasher,
        FileHasher? wholeHasher, IReadOnlyList<string> mirrors, Action<long> onPosition, CancellationToken ct)
    {
        var variables = await FreshVariablesAsync(file, ct);
        var chosen = Check(file, mirrors, variables, options.Terms);
        var chunkSize = Math.Min(variables.MaxChunkSize, options.ChunkSize is > 0 ? options.ChunkSize.Value : long.MaxValue);

        UploadAnswer? answer = null;
        for (long offset = 0; offset < file.Size;)
        {
            var length = Math.Min(chunkSize, file.Size - offset);
            answer = await client.UploadChunkAsync(variables, new ChunkSpec
            {
                File = handle,
                DisplayPath = file.RequestedPath,
                FileName = file.Name,
                FileOffset = file.Offset,
                Offset = offset,
                Length = length,
                TotalSize = file.Size,
                Mirrors = chosen,
                Password = options.FilePassword,
                Hasher = hasher,
                WholeHasher = wholeHasher,
                OnPosition = onPosition,
            }, ct);
            offset += length;
            CheckAnswer(answer, offset, file.Size);
        }

        if (!file.IsUnchanged())
            throw Errors.FileChanged(file.RequestedPath, UploadStep.UploadChunk);
        if (hasher.HashedLength != file.Size)
            throw new InvalidOperationException($"Hashed {hasher.HashedLength} of {file.Size} bytes.");

        // Without a name in the answer, the name as sent stands for the stored one.
        var uploaded = new UploadedFile(answer!.Name ?? MultipartName.Sent(file.Name), file.LinkPath, file.Size, hasher.Finish(), answer.Slug!, answer.Url!, chosen);
        // After a stop the link is kept unverified rather than lost: a re-run reuses it once file/info confirms it.
        if (options.Verify && !ct.IsCancellationRequested)
            await VerifyAsync(file, uploaded, ct);
        else if (options.Verify)
            listener.OnNotice(new UploadNotice(NoticeKind.Info, file.RequestedPath, $"uploaded as {uploaded.Url} as the run was stopped; not verified"));
        return uploaded;
    }

    private async Task<UploadVariables> FreshVariablesAsync(LocalFile file, CancellationToken ct)
    {
        var variables = await client.GetUploadVariablesAsync(ct);
        if (variables.UploadKeyExpiry is { } expiry && expiry - DateTimeOffset.UtcNow < ExpiryMargin)
        {
            listener.OnNotice(new UploadNotice(NoticeKind.Info, file.RequestedPath,
                $"the upload key expires at {expiry:yyyy-MM-dd HH:mm:ss} UTC, too soon; asking for a fresh one"));
            variables = await client.GetUploadVariablesAsync(ct);
        }
        return variables;
    }

    private static void CheckAnswer(UploadAnswer answer, long sent, long size)
    {
        string? problem = null;
        if (answer.IsComplete && sent < size)
            problem = $"the server said complete after byte {sent:N0} of {size:N0}";
        else if (!answer.IsComplete && sent == size)
            problem = "the server asked for more after the last byte";
        else if (answer.IsComplete && answer.Size is { } stored && stored != size)
            problem = $"the server assembled {stored:N0} bytes, not {size:N0}";
        // "continue" may carry the size received so far (or the whole size, as the document's sample does);
        // more than was sent means a chunk was appended twice.
        else if (!answer.IsComplete && answer.Size is { } received && received > sent && received != size)
            problem = $"the server holds {received:N0} bytes where {sent:N0} were sent";
        if (problem is not null)
            throw new AttemptFailedException(Errors.AnswersDisagree(problem));
    }

    private async Task VerifyAsync(LocalFile file, UploadedFile uploaded, CancellationToken ct)
    {
        // A server may take a moment to list a file it just assembled: ask again a few times before failing.
        const int checks = 3;
        RemoteFileInfo? info = null;
        for (var check = 1; ; check++)
        {
            try
            {
                info = (await client.GetFileInfoAsync([uploaded.Slug], ct))[uploaded.Slug];
            }
            catch (MirrorAceException e) when (e.Code == ErrorCodes.UntrustedAnswer)
            {
                throw Errors.UntrustedConfirmation(file.RequestedPath, uploaded.Url, e);
            }
            catch (MirrorAceException e)
            {
                // The file is on MirrorAce: the message keeps its link, so it is not lost with the failure.
                throw Errors.NotConfirmed(file.RequestedPath, uploaded.Url, e);
            }
            if (info.IsActive && info.Size == file.Size)
                return;
            if (check == checks) break;
            await Task.Delay(options.Retry.BaseDelay * (1 << check), ct);
        }
        throw Errors.ReportedOtherwise(file.RequestedPath, uploaded.Url, info.Status, info.Size, file.Size);
    }

    private static string? RestartReason(Exception e) => e switch
    {
        RequestFailedException f => f.Error.Problem,
        AttemptFailedException a => a.Error.Problem,
        // A refusal that survived one retry in place: a key expired mid-upload, a tracker lost. Fresh variables may cure it.
        MirrorAceException { Code: ErrorCodes.ServerRefused, Step: UploadStep.UploadChunk } m => m.ServerMessage ?? m.Problem,
        _ => null,
    };

    private static MirrorAceException GiveUp(Exception last, int restarts)
    {
        var error = last switch
        {
            RequestFailedException f => f.Error,
            AttemptFailedException a => a.Error,
            MirrorAceException m => m,
            _ => throw last,
        };
        return restarts == 0 ? error : new MirrorAceException(error.Code, $"{error.Problem} (after {restarts} restart{(restarts == 1 ? "" : "s")})",
            error.Advice, error.FilePath, error.Step, error.ServerMessage, error.InnerException);
    }

    private static Microsoft.Win32.SafeHandles.SafeFileHandle OpenForRead(LocalFile file)
    {
        try
        {
            return File.OpenHandle(file.RealFullPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Errors.FileUnreadableForUpload(file.RequestedPath, e);
        }
    }
}
