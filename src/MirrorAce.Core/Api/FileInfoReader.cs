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
            into[slug] = Checked(slug, dto, redactor);
        }
        foreach (var slug in asked)
            into.TryAdd(slug, new RemoteFileInfo(slug, "not found", null, null, null));
    }

    // What file/info says is printed (status), reused as a file's name, and compared; each field is checked before use.
    // A PHP server writes "null" for the fields of a slug it does not know: read as absent.
    private static RemoteFileInfo Checked(string slug, FileInfoDto dto, SecretRedactor redactor)
    {
        const UploadStep step = UploadStep.FileInfo;
        static string? Present(string? value) => value is null or "null" ? null : value;
        var status = ServerText.RequireStatus(dto.Status?.Trim() ?? "unknown", step, redactor);
        var name = ServerText.RequireNameOrNull(Present(dto.Name), $"the name of {slug}", step, redactor);
        var url = Present(dto.Url) is { } given ? ServerText.RequireUrl(given, $"the url of {slug}", step, redactor) : null;
        return new RemoteFileInfo(slug, status, name, dto.Size, url);
    }
}
