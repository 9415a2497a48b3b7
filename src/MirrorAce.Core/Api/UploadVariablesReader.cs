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

        // Credentials are sent to these URLs, and they are quoted in errors: checked like any url of an answer first.
        var serverFile = EndpointGuard.RequireSecure(ServerText.RequireUrl(dto.ServerFile, "the upload server (server_file)", step, redactor),
            "upload server (server_file)", step: step);
        Uri? serverRemote = null;
        if (!string.IsNullOrEmpty(dto.ServerRemote))
            serverRemote = EndpointGuard.RequireSecure(ServerText.RequireUrl(dto.ServerRemote, "the remote upload server (server_remote)", step, redactor),
                "remote upload server (server_remote)", step: step);
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

    // The document: every date is UTC, written "Y-m-d H:i:s" with no offset. Parse it as UTC, never local.
    internal static DateTimeOffset? ParseExpiry(string? text) =>
        DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))
            : null;
}
