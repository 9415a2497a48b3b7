using System.Text.Json;
using MirrorAce.Http;

namespace MirrorAce.Api;

/// <summary>Reads <c>file/info</c>'s answer: an object keyed by slug (a PHP server may send a list).</summary>
internal static class FileInfoReader
{
    public static void Read(JsonElement result, IReadOnlyList<string> asked, Dictionary<string, RemoteFileInfo> into, SecretRedactor redactor)
    {
        const UploadStep step = UploadStep.FileInfo;
        var entries = new List<(string? Key, JsonElement Value)>();
        switch (result.ValueKind)
        {
            case JsonValueKind.Object:
                entries.AddRange(result.EnumerateObject().Select(p => ((string?)p.Name, p.Value)));
                break;
            case JsonValueKind.Array:
                entries.AddRange(result.EnumerateArray().Select(e => ((string?)null, e)));
                break;
            default:
                throw AnswerReader.Malformed(step, redactor, "file/info's result is not an object", result);
        }

        foreach (var (key, value) in entries)
        {
            if (value.ValueKind != JsonValueKind.Object) continue;
            var dto = AnswerReader.ReadObject(value, ApiJsonContext.Default.FileInfoDto, step, redactor);
            var slug = key ?? dto.Slug;
            if (slug is null || !asked.Contains(slug, StringComparer.Ordinal)) continue;
            into[slug] = new RemoteFileInfo(slug, dto.Status?.Trim() ?? "unknown", dto.Name, dto.Size, dto.Url);
        }
        foreach (var slug in asked)
            into.TryAdd(slug, new RemoteFileInfo(slug, "not found", null, null, null));
    }
}
