using MirrorAce.Http;

namespace MirrorAce;

// What the server answered (or failed to), and what verifying an upload found.
public static partial class Errors
{
    /// <summary>MA1030: the server answered <c>status: error</c>; <paramref name="serverMessage"/> is its words, redacted and printable.</summary>
    public static MirrorAceException ServerRefused(UploadStep step, string serverMessage) =>
        new(ErrorCodes.ServerRefused, "MirrorAce refused the request", RefusalAdvice(step), step: step, serverMessage: serverMessage);

    /// <summary>MA1031: not the MirrorAce envelope; <paramref name="firstBytes"/> is the quoted start of the answer, redacted.</summary>
    public static MirrorAceException UnreadableAnswer(string what, string firstBytes, UploadStep step, int? httpStatus = null) =>
        new(ErrorCodes.UnreadableAnswer,
            $"The server answered {what}{(httpStatus is { } s ? $" (HTTP {s})" : "")}. First bytes: {firstBytes}",
            "Check the API URL (it should end in /api/v1/), and whether a proxy or captive portal is in the way; try again later.",
            step: step);

    /// <summary>MA1032: the envelope's result lacks or mistypes a field; <paramref name="received"/> quotes it, redacted, when there is one.</summary>
    public static MirrorAceException MalformedAnswer(string what, string? received, UploadStep step) =>
        new(ErrorCodes.MalformedAnswer, $"MirrorAce's answer is malformed: {what}.{(received is null ? "" : " Received: " + received)}",
            "The server may have changed its API or be misbehaving; try again later, and report it if it persists.", step: step);

    /// <summary>MA1032: a remote upload the server did not complete.</summary>
    public static MirrorAceException RemoteUploadIncomplete(string path) =>
        new(ErrorCodes.MalformedAnswer, "The server did not complete the remote upload",
            "Check that the URL is publicly downloadable, then run again.", path, UploadStep.RemoteUpload);

    /// <summary>MA1033: HTTP 429 or 503, the server asking us to slow down.</summary>
    public static MirrorAceException ServerBusy(int status, Uri url, UploadStep step) =>
        new(ErrorCodes.HttpError, $"The server is busy (HTTP {status}) at {UrlDisplay.Show(url, UriPartial.Path)}",
            "Wait and run again; the server asked us to slow down.", step: step);

    /// <summary>MA1033: an HTTP error status whose body is not the envelope; <paramref name="problem"/> says what the body was.</summary>
    public static MirrorAceException HttpError(Uri url, int status, string problem, UploadStep step) =>
        new(ErrorCodes.HttpError, $"{UrlDisplay.Show(url, UriPartial.Path)} answered HTTP {status}. {problem}", StatusAdvice(status), step: step);

    /// <summary>
    /// MA1034: a field of the answer not safe to publish; <paramref name="quotedValue"/> is already redacted, printable and quoted,
    /// and <paramref name="uploaded"/> names the bytes stored on MirrorAce all the same, when there are any.
    /// </summary>
    public static MirrorAceException UntrustedAnswer(string field, string? quotedValue, string problem, UploadStep step, string? uploaded = null)
    {
        var stored = uploaded is null
            ? "Nothing was published for it."
            : $"The bytes are stored on MirrorAce ({uploaded}), but no link is published for them: the answer cannot be trusted.";
        return new(ErrorCodes.UntrustedAnswer,
            $"MirrorAce's answer gives {field}{(quotedValue is null ? "" : " " + quotedValue)}, which is not safe to publish: {problem}",
            $"{stored} The server (or something between it and you) is misbehaving: check the API URL, try again later, and report it to MirrorAce if it persists.",
            step: step);
    }

    /// <summary>MA1034: file/info's answer about a file just uploaded (as <paramref name="url"/>) cannot be trusted.</summary>
    public static MirrorAceException UntrustedConfirmation(string path, string url, MirrorAceException untrusted) =>
        new(ErrorCodes.UntrustedAnswer, $"Uploaded as {url}, but file/info's answer about it cannot be trusted: {untrusted.Problem}",
            untrusted.Advice, path, UploadStep.Verify, untrusted.ServerMessage, untrusted);

    /// <summary>MA1040: the network failed; <paramref name="what"/> is already redacted.</summary>
    public static MirrorAceException NetworkFailure(Uri url, string what, UploadStep step, Exception? inner) =>
        new(ErrorCodes.NetworkFailure, $"The request to {UrlDisplay.Show(url, UriPartial.Authority)} failed: {what}",
            "Check the network and the API URL, then run again; retries were made where that was safe.", step: step, inner: inner);

    /// <summary>MA1042: the server's answers disagree with what was sent (the restarts, if any, are counted by the uploader).</summary>
    public static MirrorAceException AnswersDisagree(string problem) =>
        new(ErrorCodes.RestartsExhausted, $"The server's answers disagree with the upload: {problem}",
            "Run again later; if it persists, the server is misbehaving: report it to MirrorAce.", step: UploadStep.UploadChunk);

    /// <summary>MA1050: file/info could not be asked about a file uploaded as <paramref name="url"/>; the message keeps the link.</summary>
    public static MirrorAceException NotConfirmed(string path, string url, MirrorAceException failure) =>
        new(ErrorCodes.VerificationFailed, $"Uploaded as {url}, but file/info could not confirm it: {failure.Problem}",
            "Check the link; run again to upload it anew if it is broken.", path, UploadStep.Verify, failure.ServerMessage, failure);

    /// <summary>MA1050: file/info reports a file uploaded as <paramref name="url"/> not active, or with another size.</summary>
    public static MirrorAceException ReportedOtherwise(string path, string url, string status, long? storedSize, long size) =>
        new(ErrorCodes.VerificationFailed,
            $"Uploaded as {url}, but MirrorAce reports it as '{status}' with {(storedSize is { } s ? $"{s:N0}" : "unknown")} bytes, not active with {size:N0}",
            "Run again to upload it anew; if it persists, report it to MirrorAce with the slug.", path, UploadStep.Verify);

    /// <summary>MA1050: a file mirrored from a URL that MirrorAce reports not active.</summary>
    public static MirrorAceException MirroredFileInactive(string path, string? slug, string status) =>
        new(ErrorCodes.VerificationFailed, $"MirrorAce reports the mirrored file {slug} as '{status}'",
            "Run again later; if it persists, report it to MirrorAce with the slug.", path, UploadStep.Verify);

    private static string RefusalAdvice(UploadStep step) => step switch
    {
        UploadStep.GetUploadVariables or UploadStep.FileInfo =>
            "Check MIRRORACE_API_KEY and MIRRORACE_API_TOKEN (regenerate them on MirrorAce if they were exposed) and your account's limits.",
        _ => "Read the server's message above; fix the input it names, or try again later.",
    };

    private static string StatusAdvice(int status) => status switch
    {
        404 or 405 => "Check the API URL: it should be the API root, such as https://mirrorace.com/api/v1/.",
        // A proxy between here and MirrorAce may accept less than the server's max_chunk_size.
        413 => "A proxy or the server refused a request this large: lower the chunk size (--chunk-size, MirrorAceChunkSize, chunk-size).",
        401 or 403 => "Check MIRRORACE_API_KEY and MIRRORACE_API_TOKEN, and that your account may use the API.",
        _ => "Check your credentials and the API URL, then run again.",
    };
}
