using System.Text.Json;

namespace MirrorAce.Action;

/// <summary>
/// The release whose notes should list the uploads: the <c>release-tag</c> input, or else the
/// release of a triggering <c>release</c> event; with neither, release notes are left alone.
/// </summary>
/// <param name="Tag">The release's tag.</param>
/// <param name="FromInput">True when the workflow asked for it through <c>release-tag</c>.</param>
internal sealed record ReleaseTarget(string Tag, bool FromInput)
{
    public static ReleaseTarget? Resolve(string? releaseTag, GitHubContext github)
    {
        if (releaseTag is not null) return new ReleaseTarget(releaseTag, FromInput: true);
        if (github.EventName != "release" || github.EventPath is null || !File.Exists(github.EventPath)) return null;
        try
        {
            using var payload = JsonDocument.Parse(File.ReadAllBytes(github.EventPath));
            return payload.RootElement.TryGetProperty("release", out var release)
                && release.ValueKind == JsonValueKind.Object
                && release.TryGetProperty("tag_name", out var tag)
                && tag.GetString() is { Length: > 0 } name
                    ? new ReleaseTarget(name, FromInput: false)
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
