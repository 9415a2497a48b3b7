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
            "complete" when !string.IsNullOrEmpty(dto.Slug) && !string.IsNullOrEmpty(dto.Url) =>
                new UploadAnswer(true, dto.Name, dto.Size, dto.Slug, dto.Url),
            "complete" => throw AnswerReader.Malformed(step, redactor, "a complete answer without slug or url", result),
            "continue" => new UploadAnswer(false, dto.Name, dto.Size, null, null),
            _ => throw AnswerReader.Malformed(step, redactor, $"info is '{dto.Info ?? "missing"}', neither continue nor complete", result),
        };
    }
}
