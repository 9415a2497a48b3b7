using MirrorAce.Api;
using MirrorAce.Output;

namespace MirrorAce.Publishing;

/// <summary>
/// The one rule for "is this link still good?", used by reuse, the CLI's <c>status</c> and the action's <c>verify</c>:
/// MirrorAce says the file is active and, when the size it should have is known, that it has that size (a file
/// replaced under the same slug would not).
/// </summary>
/// <param name="Slug">The link's slug.</param>
/// <param name="ExpectedSize">The size a links file or the release's notes give it; null when only the slug is known.</param>
/// <param name="Info">What <c>file/info</c> says now.</param>
public sealed record LinkHealth(string Slug, long? ExpectedSize, RemoteFileInfo Info)
{
    /// <summary>Whether the link still serves the file it stands for.</summary>
    public bool Healthy => Info.IsActive && (ExpectedSize is null || Info.Size == ExpectedSize);

    /// <summary>What is wrong (or "active"), in a few words: the status, or the size it has instead.</summary>
    public string Describe() =>
        !Info.IsActive ? PrintableText.Clean(Info.Status)
        : ExpectedSize is { } expected && Info.Size is { } size && size != expected ? $"active but {ByteSize.Format(size)}, where {ByteSize.Format(expected)} was uploaded"
        : ExpectedSize is not null && Info.Size is null ? "active, size not reported"
        : "active";

    /// <summary>Asks <c>file/info</c> about every link at once and judges each.</summary>
    internal static async Task<IReadOnlyList<LinkHealth>> CheckAsync(MirrorAceClient client, IReadOnlyList<(string Slug, long? ExpectedSize)> links, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(links);
        if (links.Count == 0) return [];
        var infos = await client.GetFileInfoAsync(links.Select(l => l.Slug).Distinct(StringComparer.Ordinal), ct);
        return links.Select(l => new LinkHealth(l.Slug, l.ExpectedSize, infos[l.Slug])).ToList();
    }
}
