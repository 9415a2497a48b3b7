using Octokit;

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

    public static async Task<Release> LocateAsync(IGitHubClient client, ReleaseTarget target, GitHubRetry retry, CancellationToken ct) =>
        await FindAsync(client, target, retry, ct) ?? throw GitHubFailures.ReleaseNotFound(target);

    /// <summary>As <see cref="LocateAsync"/>, but null when no release has the tag (a release asked for by id must exist).</summary>
    public static async Task<Release?> FindAsync(IGitHubClient client, ReleaseTarget target, GitHubRetry retry, CancellationToken ct)
    {
        var releases = client.Repository.Release;
        if (target.ReleaseId is { } id)
        {
            return await GetAsync(client, target, id, retry, ct);
        }

        var tag = target.Tag!;
        try
        {
            // Octokit formats the tag into the path as it is: escaped, it stays one segment ('release/v1', never '../x').
            var segment = GitTagName.AsPathSegment(tag);
            return await retry.RunAsync("finding the release by tag", () => releases.Get(target.Owner, target.Name, segment), ct);
        }
        catch (NotFoundException)
        {
            // Not published (or no such tag): look for a draft.
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            throw GitHubFailures.WhileReading(ex, target);
        }

        // Drafts may share a tag (jobs racing to create one): the oldest is the one every job converges on.
        return (await ListWithTagAsync(client, target, retry, ct)).MinBy(r => r.Id);
    }

    /// <summary>
    /// The listed releases (drafts included for a token that can push) with the target's tag. Paging stops at the first
    /// page without a match once matches were seen: releases of one tag made by racing jobs sit next to each other.
    /// </summary>
    public static async Task<List<Release>> ListWithTagAsync(IGitHubClient client, ReleaseTarget target, GitHubRetry retry, CancellationToken ct)
    {
        var tag = target.Tag!;
        var found = new List<Release>();
        for (var page = 1; page <= MaxPages; page++)
        {
            IReadOnlyList<Release> listed;
            try
            {
                var options = new ApiOptions { PageSize = PageSize, PageCount = 1, StartPage = page };
                listed = await retry.RunAsync("listing releases", () => client.Repository.Release.GetAll(target.Owner, target.Name, options), ct);
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
    public static async Task<Release> GetAsync(IGitHubClient client, ReleaseTarget target, long id, GitHubRetry retry, CancellationToken ct)
    {
        try
        {
            return await retry.RunAsync("reading the release", () => client.Repository.Release.Get(target.Owner, target.Name, id), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            throw GitHubFailures.WhileReading(ex, target);
        }
    }
}
