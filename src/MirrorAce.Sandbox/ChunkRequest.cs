using System.Globalization;
using System.Text.Json.Nodes;

namespace MirrorAce.Sandbox;

/// <summary>
/// One chunk request while its body is being read. The file part goes straight into the tracker
/// when the fields before it already identify a tracker that accepts it; when they come after the
/// part it is spooled to a temporary file and appended at the end. Every check is re-run in a
/// fixed order once the whole body is in, and a refusal undoes the append.
/// </summary>
internal sealed class ChunkRequest(SandboxState state, string contentRangeHeader) : IAsyncDisposable
{
    private static readonly string[] IdentityFields = ["api_key", "api_token", "upload_key", "cTracker"];

    private readonly (ContentRange? Range, string? Error) _range = ContentRange.Parse(contentRangeHeader);
    private ChunkTracker? _gated;
    private TrackerAppender? _appender;
    private FileStream? _spool;
    private RawContentDisposition? _part;
    private long _partLength;
    private int _fileParts;
    private string? _refusal;

    /// <summary>What one request may carry: max_chunk_size, plus the byte of slack of the default mode.</summary>
    private long ChunkLimit => Tolerances.ChunkLimit(state.Options);

    /// <summary>No Content-Range in the default mode: the request carries a whole file, whose size is the part's.</summary>
    private bool WholeFile => _range.Range is null && string.IsNullOrEmpty(contentRangeHeader) && Tolerances.WholeFileWithoutRange(state.Options);

    /// <summary>The announced range, or for a whole file the part's own extent; only valid once the checks passed.</summary>
    private ContentRange Range => _range.Range ?? new ContentRange(0, _partLength - 1, _partLength);

    public void Refuse(string message) => _refusal ??= message;

    public void ExtraFilePart() => _fileParts++;

    /// <summary>Reads the file part to its end and returns its length.</summary>
    public async Task<long> ReceivePartAsync(Stream body, RawContentDisposition part, FormFields fields, CancellationToken ct)
    {
        _fileParts++;
        _part = part;

        // Nothing beyond what the chunk may legally hold is kept, so a wrong client cannot fill the disk.
        var keep = Math.Min(ChunkLimit, _range.Range?.Length ?? ChunkLimit);
        if (IdentityFields.Any(f => fields.Last(f) is null))
        {
            _spool = new FileStream(
                Path.Combine(state.StorageDirectory, $"spool-{Guid.NewGuid():N}.tmp"),
                FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose);
            _partLength = await Streams.CopyAsync(body, (data, token) => _spool.WriteAsync(data, token), keep, ct);
        }
        else if (await CheckBeforePartAsync(fields, ct) is null && _gated is { } tracker)
        {
            _appender = new TrackerAppender(tracker, state.Options.DiscardFiles ? null : state.PartPath(tracker));
            _partLength = await Streams.CopyAsync(body, _appender.WriteAsync, keep, ct);
        }
        else
        {
            _partLength = await Streams.DrainAsync(body, ct);
        }

        return _partLength;
    }

    public async Task<Envelope> FinishAsync(FormFields fields, CancellationToken ct)
    {
        if ((await CheckBeforePartAsync(fields, ct) ?? CheckPart()) is { } error)
        {
            return Envelope.Error(error);
        }

        var tracker = _gated!;
        var range = Range;
        var (mirrors, mirrorError) = RequestChecks.Mirrors(state.Options, fields.All);
        var password = fields.Last("file_password");
        if (mirrorError is not null)
        {
            return Envelope.Error(mirrorError);
        }

        if (tracker.Started && !RequestChecks.SameMirrors(mirrors, tracker.Mirrors))
        {
            return Envelope.Error("The mirrors differ from those of the first chunk of this cTracker.");
        }

        if (tracker.Started && password != tracker.Password)
        {
            return Envelope.Error("file_password differs from that of the first chunk of this cTracker.");
        }

        if (_appender is null)
        {
            if (_spool is null)
            {
                return Envelope.Error("The file part could not be stored.");
            }

            _appender = new TrackerAppender(tracker, state.Options.DiscardFiles ? null : state.PartPath(tracker));
            _spool.Position = 0;
            await Streams.CopyAsync(_spool, _appender.WriteAsync, _partLength, ct);
        }

        await _appender.CommitAsync();
        await _appender.DisposeAsync();
        _appender = null;
        if (!tracker.Started)
        {
            tracker.Total = range.Total;
            tracker.Name = _part!.FileName!;
            tracker.Mirrors = mirrors;
            tracker.Password = password;
            tracker.Started = true;
        }

        tracker.Received += _partLength;
        if (tracker.Received < tracker.Total)
        {
            return Envelope.Success(
                new JsonObject
                {
                    ["name"] = tracker.Name,
                    ["size"] = tracker.Received.ToString(CultureInfo.InvariantCulture),
                    ["info"] = "continue",
                },
                "success: continue");
        }

        var file = state.Complete(tracker, state.Options.DiscardFiles ? null : state.PartPath(tracker));
        return Envelope.Success(CompleteResult(state, file), "success: complete " + file.Slug);
    }

    public static JsonObject CompleteResult(SandboxState state, StoredFile file) => new()
    {
        ["name"] = file.Name,
        ["size"] = file.Size.ToString(CultureInfo.InvariantCulture),
        ["slug"] = file.Slug,
        ["url"] = state.FileUrl(file.Slug),
        ["info"] = "complete",
    };

    public async ValueTask DisposeAsync()
    {
        if (_appender is not null)
        {
            await _appender.DisposeAsync();
        }

        if (_spool is not null)
        {
            await _spool.DisposeAsync();
        }

        _gated?.Gate.Release();
    }

    /// <summary>Everything that can be judged without the file part's bytes. Takes the tracker's gate and keeps it until dispose.</summary>
    private async Task<string?> CheckBeforePartAsync(FormFields fields, CancellationToken ct)
    {
        if (RequestChecks.Credentials(state.Options, fields.Last("api_key"), fields.Last("api_token")) is { } credentials)
        {
            return credentials;
        }

        if (IdentityFields.FirstOrDefault(f => fields.All.Count(x => x.Key == f) > 1) is { } twice)
        {
            return $"Field '{twice}' was sent more than once.";
        }

        var (tracker, trackerError) = RequestChecks.Tracker(state, fields.Last("upload_key"), fields.Last("cTracker"));
        if (tracker is null)
        {
            return trackerError;
        }

        if (_gated is null)
        {
            await tracker.Gate.WaitAsync(ct);
            _gated = tracker;
        }

        if (RequestChecks.Usable(tracker) is { } unusable)
        {
            return unusable;
        }

        if (WholeFile)
        {
            return tracker.Started
                ? Invariant($"Missing Content-Range header: this cTracker has received {tracker.Received} bytes, so the chunk needs 'Content-Range: bytes FIRST-LAST/TOTAL'.")
                : CheckPartName();
        }

        if (_range.Range is not { } range)
        {
            return _range.Error;
        }

        if (Tolerances.FileTooLarge(state.Options, range.Total))
        {
            return Invariant($"File of {range.Total} bytes is too large: {Tolerances.FileLimitText(state.Options)}.");
        }

        if (tracker.Started && range.Total != tracker.Total)
        {
            return Invariant($"Content-Range total {range.Total} differs from the total {tracker.Total} of the earlier chunks of this cTracker.");
        }

        if (range.First != tracker.Received)
        {
            return Invariant($"Content-Range starts at byte {range.First} but {tracker.Received} bytes have been received on this cTracker.");
        }

        if (range.Length > ChunkLimit)
        {
            return Invariant($"Content-Range announces a chunk of {range.Length} bytes, more than {Tolerances.ChunkLimitText(state.Options)}.");
        }

        return CheckPartName();
    }

    private string? CheckPartName()
    {
        if (_part is { } part && part.Name is not ("files[]" or "files"))
        {
            return $"The file part must be named 'files[]' (got '{part.Name}').";
        }

        return _part is { FileName.Length: 0 } ? "The file part has an empty filename." : null;
    }

    /// <summary>Checks that need the whole body.</summary>
    private string? CheckPart()
    {
        if (_refusal is not null)
        {
            return _refusal;
        }

        if (_fileParts == 0)
        {
            return "No file part in the request: send the chunk as a part named 'files[]' with a filename.";
        }

        if (_fileParts > 1)
        {
            return "Only one file per request.";
        }

        if (WholeFile)
        {
            return WholeFileError();
        }

        if (_partLength > ChunkLimit)
        {
            return Invariant($"The file part has {_partLength} bytes, more than {Tolerances.ChunkLimitText(state.Options)}.");
        }

        var announced = _range.Range!.Value.Length;
        return _partLength != announced
            ? Invariant($"The file part has {_partLength} bytes but Content-Range announces {announced}.")
            : null;
    }

    private string? WholeFileError()
    {
        if (_partLength == 0)
        {
            return "Empty files cannot be uploaded.";
        }

        if (Tolerances.FileTooLarge(state.Options, _partLength))
        {
            return Invariant($"File of {_partLength} bytes is too large: {Tolerances.FileLimitText(state.Options)}.");
        }

        return _partLength > ChunkLimit
            ? Invariant($"A request without Content-Range carries a whole file, and this one has {_partLength} bytes, more than {Tolerances.ChunkLimitText(state.Options)}: send it in chunks with 'Content-Range: bytes FIRST-LAST/TOTAL'.")
            : null;
    }

    private static string Invariant(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
