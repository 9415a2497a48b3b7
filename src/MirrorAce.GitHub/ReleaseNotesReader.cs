namespace MirrorAce.GitHub;

/// <summary>
/// Reads a release without changing it: the rows its links section lists (so a re-run can reuse
/// those uploads instead of duplicating them; MirrorAce has no delete call) and, when asked, its assets.
/// </summary>
public static class ReleaseNotesReader
{
    /// <summary>The release's rows, with the default options and without assets.</summary>
    /// <inheritdoc cref="ReadAsync(ReleaseTarget, bool, ReleaseNotesOptions, CancellationToken)"/>
    public static Task<ReleaseContents> ReadAsync(ReleaseTarget target, CancellationToken ct = default) =>
        ReadAsync(target, includeAssets: false, ReleaseNotesOptions.Default, ct);

    /// <summary>Finds the release as <see cref="ReleaseNotesPublisher"/> does and reads its links section and, with <paramref name="includeAssets"/>, its assets.</summary>
    /// <param name="target">The release, from <see cref="ReleaseTarget.Resolve"/>.</param>
    /// <param name="includeAssets">Whether to list the release's assets too (one more request per 100 assets).</param>
    /// <param name="options">Retry bounds; the write-related ones are not used. With <see cref="ReleaseNotesOptions.CreateRelease"/>, a missing release reads as empty (<see cref="ReleaseContents.Exists"/> false) instead of failing.</param>
    /// <param name="ct">Cancels waiting.</param>
    /// <returns>The release's rows and assets.</returns>
    /// <exception cref="MirrorAceException">
    /// <see cref="ErrorCodes.ReleaseNotFound"/>, <see cref="ErrorCodes.SectionDamaged"/>, <see cref="ErrorCodes.BadToken"/>,
    /// <see cref="ErrorCodes.PermissionDenied"/>, <see cref="ErrorCodes.RateLimited"/>, <see cref="ErrorCodes.RequestFailed"/>.
    /// </exception>
    public static async Task<ReleaseContents> ReadAsync(ReleaseTarget target, bool includeAssets, ReleaseNotesOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        using var api = ReleasesApi.Create(target, options);
        var retry = new GitHubRetry(options, target.Redactor);
        var creation = target.ReleaseId is null ? options.CreateRelease : null;
        var release = creation is null
            ? await ReleaseLocator.LocateAsync(api, target, retry, ct)
            : await ReleaseLocator.FindAsync(api, target, retry, ct);
        if (release is null)
        {
            // Missing but to be created after the upload: nothing to reuse, and nothing created before anything is uploaded.
            return new ReleaseContents(0, target.Tag, null, creation!.Draft, [], [], Exists: false);
        }

        var rows = ReleaseNotesSection.ReadRows(release.Body);
        var assets = includeAssets ? await ReleaseAssetLister.ListAsync(api, target, release.Id, retry, ct) : [];
        return new ReleaseContents(release.Id, release.TagName, release.HtmlUrl, release.Draft, rows, assets);
    }
}
