using System.Text;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace MirrorAce.Sandbox;

/// <summary>
/// <c>POST {server_file}</c>: one chunk of one file as multipart/form-data. The body is read as a
/// stream, part by part, so a chunk of any size costs one pooled buffer of memory.
/// </summary>
internal sealed class ChunkEndpoint(SandboxState state)
{
    private const int FieldLengthLimit = 1 << 20;

    public async Task<Envelope> HandleAsync(HttpContext context, RequestLog log)
    {
        var request = context.Request;
        var ct = context.RequestAborted;
        if (RefuseBeforeBody(request, out var boundary) is { } refusal)
        {
            await Streams.DrainAsync(request.Body, ct);
            return Envelope.Error(refusal);
        }

        await using var chunk = new ChunkRequest(state, request.Headers.ContentRange.ToString());
        var fields = new FormFields(log.Fields);
        try
        {
            // The headers of a part are decoded as UTF-8 by MultipartReader, which is what a raw
            // non-ASCII filename="…" needs.
            var body = state.Options.LinkBytesPerSecond is > 0 and var rate ? new LinkThrottle(request.Body, rate) : request.Body;
            var reader = new MultipartReader(boundary, body, Streams.BufferSize);
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                var disposition = RawContentDisposition.Parse(section.ContentDisposition);
                if (disposition.IsFile)
                {
                    if (log.FileContentDisposition is null)
                    {
                        log.FileContentDisposition = section.ContentDisposition;
                        log.FilePartLength = await chunk.ReceivePartAsync(section.Body, disposition, fields, ct);
                    }
                    else
                    {
                        chunk.ExtraFilePart();
                        await Streams.DrainAsync(section.Body, ct);
                    }

                    continue;
                }

                var (value, tooLong) = await ReadFieldAsync(section.Body, ct);
                var name = disposition.Name ?? "";
                log.Fields.Add(new(name, value));
                if (tooLong)
                {
                    chunk.Refuse($"Field '{name}' is longer than {FieldLengthLimit} bytes.");
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is IOException && ex is not ConnectionResetException && !ct.IsCancellationRequested))
        {
            await Streams.DrainAsync(request.Body, ct);
            return Envelope.Error("Malformed multipart/form-data body: " + ex.Message);
        }

        return await chunk.FinishAsync(fields, ct);
    }

    private static string? RefuseBeforeBody(HttpRequest request, out string boundary)
    {
        boundary = "";
        if (RequestChecks.Method(request) is { } method)
        {
            return method;
        }

        if (request.Headers.TransferEncoding.ToString().Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            return "Chunked transfer encoding is not accepted: send every chunk with an exact Content-Length.";
        }

        if (request.ContentLength is null)
        {
            return "Missing Content-Length header: send every chunk with an exact Content-Length.";
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } value)
        {
            return $"Upload requests must be multipart/form-data with a boundary (got {request.ContentType ?? "no Content-Type"}).";
        }

        boundary = value;
        return null;
    }

    private static async Task<(string Value, bool TooLong)> ReadFieldAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var length = await Streams.CopyAsync(
            body,
            (data, token) => buffer.WriteAsync(data, token),
            FieldLengthLimit,
            ct);
        return (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), length > FieldLengthLimit);
    }
}
