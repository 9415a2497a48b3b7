using System.Text.Json;

namespace MirrorAce.GitHub;

/// <summary>The release of a triggering <c>release</c> event, read from the payload file GitHub writes to <c>GITHUB_EVENT_PATH</c>.</summary>
internal static class ReleaseEventPayload
{
    /// <summary>The release's id and tag, or null when there is no such file or the event carries no release (a push, a tag…).</summary>
    /// <exception cref="MirrorAceException"><see cref="ErrorCodes.EventPayloadUnreadable"/>: the file exists but is not JSON.</exception>
    public static (long Id, string? Tag)? Read(string? eventPath)
    {
        if (string.IsNullOrWhiteSpace(eventPath) || !File.Exists(eventPath)) return null;
        try
        {
            using var payload = JsonDocument.Parse(File.ReadAllBytes(eventPath));
            if (payload.RootElement.ValueKind != JsonValueKind.Object
                || !payload.RootElement.TryGetProperty("release", out var release)
                || release.ValueKind != JsonValueKind.Object
                || !release.TryGetProperty("id", out var id)
                || !id.TryGetInt64(out var releaseId))
            {
                return null;
            }

            var tag = release.TryGetProperty("tag_name", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return (releaseId, tag);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new MirrorAceException(ErrorCodes.EventPayloadUnreadable,
                $"The event payload '{eventPath}' (GITHUB_EVENT_PATH) could not be read as JSON",
                "Outside GitHub Actions, unset GITHUB_EVENT_PATH or point it at the event's JSON; or name the release with release-tag.",
                eventPath, inner: ex);
        }
    }
}
