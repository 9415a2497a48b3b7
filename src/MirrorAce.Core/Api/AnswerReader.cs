using System.Text;
using System.Text.Json;
using MirrorAce.Http;

namespace MirrorAce.Api;

/// <summary>
/// Reads the <c>{"status": …, "result": …}</c> envelope. Anything else (an HTML page, garbage, a
/// missing status) becomes a typed error quoting the first bytes received, with secrets blanked out.
/// </summary>
internal static class AnswerReader
{
    private const int MaxAnswerBytes = 4 << 20;
    private const int QuoteChars = 160;

    public static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > MaxAnswerBytes)
                break; // No MirrorAce answer is this large; what we have is enough to quote.
        }
        return copy.ToArray();
    }

    /// <summary>Returns <c>result</c> of a success envelope; throws <see cref="MirrorAceException"/> otherwise.</summary>
    public static JsonElement ReadResult(byte[] body, UploadStep step, SecretRedactor redactor)
    {
        JsonDocument document;
        try
        {
            if (body.Length > MaxAnswerBytes) throw new JsonException("too large");
            // A PHP script saved with a byte-order mark sends it before the JSON; RFC 8259 lets a reader skip it.
            var json = body.AsMemory();
            if (json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) json = json[3..];
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            throw Unreadable(body, step, redactor, LooksLikeHtml(body) ? "an HTML page instead of JSON" : "something that is not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.String)
                throw Unreadable(body, step, redactor, "JSON without a MirrorAce status");
            root.TryGetProperty("result", out var result);
            switch (status.GetString())
            {
                case "success":
                    return result.ValueKind == JsonValueKind.Undefined ? default : result.Clone();
                case "error":
                    throw Errors.ServerRefused(step, ErrorText(result, redactor));
                default:
                    throw Unreadable(body, step, redactor, $"an unknown status '{Truncate(OneLine(redactor.Redact(status.GetString() ?? "")), 40)}'");
            }
        }
    }

    /// <summary>Deserializes a result object with the source-generated contract, or says it is malformed.</summary>
    public static T ReadObject<T>(JsonElement result, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, UploadStep step, SecretRedactor redactor)
    {
        if (result.ValueKind != JsonValueKind.Object)
            throw Malformed(step, redactor, $"result is {Describe(result)}, not an object", result);
        try
        {
            return result.Deserialize(type) ?? throw Malformed(step, redactor, "result is null", result);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or OverflowException or ArgumentException or NotSupportedException)
        {
            throw Malformed(step, redactor, e.Message, result);
        }
    }

    public static MirrorAceException Malformed(UploadStep step, SecretRedactor redactor, string what, JsonElement? result = null)
    {
        var received = result is { ValueKind: not JsonValueKind.Undefined } r ? Quote(Encoding.UTF8.GetBytes(r.GetRawText()), redactor) : null;
        // What is malformed may quote the server (an unknown "info"): printable, secrets blanked, cut short.
        return Errors.MalformedAnswer(Truncate(OneLine(redactor.Redact(what)), 200), received, step);
    }

    public static MirrorAceException Unreadable(byte[] body, UploadStep step, SecretRedactor redactor, string what, int? httpStatus = null) =>
        Errors.UnreadableAnswer(what, Quote(body, redactor), step, httpStatus);

    public static string Quote(byte[] body, SecretRedactor redactor)
    {
        if (body.Length == 0) return "(empty)";
        // Secrets are blanked before the text is cut, so no secret is ever left half shown at the cut.
        var text = redactor.Redact(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 64 * 1024)));
        var clean = new StringBuilder();
        foreach (var c in text)
        {
            if (clean.Length >= QuoteChars) break;
            clean.Append(Output.PrintableText.IsUnsafe(c) ? ' ' : c);
        }
        return "\"" + clean + (text.Length > QuoteChars ? "…" : "") + "\"";
    }

    // One line: each failure is one line on stderr and one annotation.
    private static string ErrorText(JsonElement result, SecretRedactor redactor) => Truncate(OneLine(redactor.Redact(result.ValueKind switch
    {
        JsonValueKind.String => result.GetString() ?? "",
        JsonValueKind.Undefined or JsonValueKind.Null => "(no message)",
        _ => result.GetRawText(),
    })), 500);

    private static string OneLine(string text) =>
        Output.PrintableText.Clean(text).Trim();

    private static bool LooksLikeHtml(byte[] body)
    {
        var head = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 512)).TrimStart();
        return head.StartsWith('<');
    }

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Undefined => "missing",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "a boolean",
    };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
