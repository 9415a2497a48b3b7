using System.Globalization;
using MirrorAce.Http;

namespace MirrorAce.Api;

/// <summary>Turns the lenient wire shape of <c>file/upload</c>'s answer into checked <see cref="UploadVariables"/>.</summary>
internal static class UploadVariablesReader
{
    public static UploadVariables Read(UploadVariablesDto dto, SecretRedactor redactor)
    {
        const UploadStep step = UploadStep.GetUploadVariables;
        if (string.IsNullOrEmpty(dto.ServerFile)) throw AnswerReader.Malformed(step, redactor, "server_file is missing");
        if (string.IsNullOrEmpty(dto.ChunkTracker)) throw AnswerReader.Malformed(step, redactor, "cTracker is missing");
        if (string.IsNullOrEmpty(dto.UploadKey)) throw AnswerReader.Malformed(step, redactor, "upload_key is missing");
        if (dto.MaxChunkSize is not > 0) throw AnswerReader.Malformed(step, redactor, "max_chunk_size is missing or not positive");

        var serverFile = Endpoint(dto.ServerFile, "upload server (server_file)", redactor);
        Uri? serverRemote = null;
        if (!string.IsNullOrEmpty(dto.ServerRemote))
            serverRemote = Endpoint(dto.ServerRemote, "remote upload server (server_remote)", redactor);
        // Sent back in every request's form fields, and mirror ids end up in every links list.
        ServerText.RequireToken(dto.ChunkTracker, "cTracker", step, redactor);
        ServerText.RequireToken(dto.UploadKey, "upload_key", step, redactor);
        foreach (var id in (dto.Mirrors?.Keys.AsEnumerable() ?? []).Concat(dto.DefaultMirrors ?? []))
            ServerText.RequireMirrorId(id, "a mirror id", step, redactor);

        return new UploadVariables(
            serverFile,
            serverRemote,
            dto.ChunkTracker,
            dto.UploadKey,
            ParseExpiry(dto.UploadKeyExpiry),
            dto.Mirrors ?? new Dictionary<string, bool>(),
            dto.DefaultMirrors ?? [],
            dto.MaxChunkSize.Value,
            dto.MaxFileSize is > 0 ? dto.MaxFileSize.Value : long.MaxValue,
            dto.MaxMirrors is > 0 ? (int)Math.Min(dto.MaxMirrors.Value, int.MaxValue) : int.MaxValue);
    }

    // Credentials are sent to these URLs: plain http to another host is MA1021 as for any endpoint, and anything
    // else a clean https URL would not hold (a scheme, control characters, a user name) is an untrusted answer.
    private static Uri Endpoint(string text, string what, SecretRedactor redactor)
    {
        const UploadStep step = UploadStep.GetUploadVariables;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp)
            EndpointGuard.RequireSecure(uri, what, step: step);
        return new Uri(ServerText.RequireUrl(text, "the " + what, step, redactor), UriKind.Absolute);
    }

    // The document: every date is UTC, written "Y-m-d H:i:s" with no offset. Parse it as UTC, never local.
    internal static DateTimeOffset? ParseExpiry(string? text) =>
        DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))
            : null;
}
