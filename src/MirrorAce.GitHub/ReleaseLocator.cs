using System.Net;

namespace MirrorAce.GitHub;

/// <summary>
/// Finds the release: by id when a <c>release</c> event gave one; else by tag; else, since GitHub's
/// by-tag lookup does not see drafts, among the listed releases (drafts included for a token that can push).
/// </summary>
internal static class ReleaseLocator
{
    internal const int PageSize = 100;

    // 3,000 releases, newest first: drafts are recent, and a wrong tag must not page through a huge history.
    internal const int MaxPages = 30;

    public static async Task<ReleaseRecord> LocateAsync(IReleasesApi api, ReleaseTarget target, GitHubRetry retry, CancellationToken ct) =>
        await FindAsync(api, target, retry, ct) ?? throw GitHubFailures.ReleaseNotFound(target);

    /// <summary>As <see cref="LocateAsync"/>, but null when no release has the tag (a release asked for by id must exist).</summary>
    public static async Task<ReleaseRecord?> FindAsync(IReleasesApi api, ReleaseTarget target, GitHubRetry retry, CancellationToken ct)
    {
        if (target.ReleaseId is { } id)
        {
            return await GetAsync(api, target, id, retry, ct);
        }

        var tag = target.Tag!;
        try
        {
            // The tag goes into the path as it is given: escaped, it stays one segment ('release/v1', never '../x').
            var segment = GitTagName.AsPathSegment(tag);
            return await retry.RunAsync("finding the release by tag", () => api.GetByTagAsync(segment, ct), ct);
        }
        catch (GitHubApiException notFound) when (notFound.StatusCode == (int)HttpStatusCode.NotFound)
        {
            // Not published (or no such tag): look for a draft.
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            throw GitHubFailures.WhileReading(ex, target);
        }

        // Drafts may share a tag (jobs racing to create one): the oldest is the one every job converges on.
        return (await ListWithTagAsync(api, target, retry, ct)).MinBy(r => r.Id);
    }

    /// <summary>
    /// The listed releases (drafts included for a token that can push) with the target's tag. Paging stops at the first
    /// page without a match once matches were seen: releases of one tag made by racing jobs sit next to each other.
    /// </summary>
    public static async Task<List<ReleaseRecord>> ListWithTagAsync(IReleasesApi api, ReleaseTarget target, GitHubRetry retry, CancellationToken ct)
    {
        var tag = target.Tag!;
        var found = new List<ReleaseRecord>();
        for (var page = 1; page <= MaxPages; page++)
        {
            IReadOnlyList<ReleaseRecord> listed;
            try
            {
                var number = page;
                listed = await retry.RunAsync("listing releases", () => api.ListAsync(number, PageSize, ct), ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                throw GitHubFailures.WhileReading(ex, target);
            }

            var matches = listed.Where(r => string.Equals(r.TagName, tag, StringComparison.Ordinal)).ToList();
            if (matches.Count == 0 && found.Count > 0) break;
            found.AddRange(matches);
            if (listed.Count < PageSize) break;
        }

        return found;
    }

    /// <summary>The release as it is now; used again after every write to see what actually stuck.</summary>
    public static async Task<ReleaseRecord> GetAsync(IReleasesApi api, ReleaseTarget target, long id, GitHubRetry retry, CancellationToken ct)
    {
        try
        {
            return await retry.RunAsync("reading the release", () => api.GetAsync(id, ct), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            throw GitHubFailures.WhileReading(ex, target);
        }
    }
}
