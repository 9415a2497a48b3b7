using System.Text.Json;
using MirrorAce.Http;

namespace MirrorAce.Api;

/// <summary>Reads the answer to a chunk or a remote upload: <c>info</c> is <c>continue</c> or <c>complete</c>.</summary>
internal static class UploadAnswerReader
{
    public static UploadAnswer Read(JsonElement result, UploadStep step, SecretRedactor redactor)
    {
        var dto = AnswerReader.ReadObject(result, ApiJsonContext.Default.UploadAnswerDto, step, redactor);
        var info = dto.Info?.Trim().ToLowerInvariant();
        return info switch
        {
            "complete" when !string.IsNullOrEmpty(dto.Slug) && !string.IsNullOrEmpty(dto.Url) => Complete(dto, step, redactor),
            "complete" => throw AnswerReader.Malformed(step, redactor, "a complete answer without slug or url", result),
            "continue" => new UploadAnswer(false, dto.Name, dto.Size, null, null),
            _ => throw AnswerReader.Malformed(step, redactor, $"info is '{dto.Info ?? "missing"}', neither continue nor complete", result),
        };
    }

    // "complete" means the bytes are stored: an answer that cannot be published says so, and is never retried (that would store them twice).
    private static UploadAnswer Complete(UploadAnswerDto dto, UploadStep step, SecretRedactor redactor)
    {
        var slug = ServerText.RequireSlug(dto.Slug, "the file's slug", step, redactor, uploaded: "under a slug that cannot be shown");
        var url = ServerText.RequireUrl(dto.Url, "the file's url", step, redactor, uploaded: $"slug {slug}");
        var name = ServerText.RequireNameOrNull(dto.Name, "the file's name", step, redactor, uploaded: $"slug {slug}, {url}");
        return new UploadAnswer(true, name, dto.Size, slug, url);
    }
}
