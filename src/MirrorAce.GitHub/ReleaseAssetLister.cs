namespace MirrorAce.GitHub;

/// <summary>Lists a release's assets page by page, each page retried on its own rather than the whole listing.</summary>
internal static class ReleaseAssetLister
{
    internal const int PageSize = 100;

    // GitHub allows 1,000 assets per release; a page more tells a server that never stops paging.
    internal const int MaxPages = 11;

    // An asset whose upload never finished is listed with state "starter" and cannot be downloaded.
    private const string Uploaded = "uploaded";

    public static async Task<IReadOnlyList<ReleaseAssetFile>> ListAsync(IReleasesApi api, ReleaseTarget target, long releaseId, GitHubRetry retry, CancellationToken ct)
    {
        var assets = new List<ReleaseAssetFile>();
        for (var page = 1; page <= MaxPages; page++)
        {
            IReadOnlyList<GitHubAsset> listed;
            try
            {
                var number = page;
                listed = await retry.RunAsync("listing the release's assets", () => api.ListAssetsAsync(releaseId, number, PageSize, ct), ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                throw GitHubFailures.WhileReading(ex, target);
            }

            foreach (var asset in listed.Where(a => string.IsNullOrEmpty(a.State) || a.State == Uploaded))
            {
                if (!Uri.TryCreate(asset.BrowserDownloadUrl, UriKind.Absolute, out var url))
                {
                    throw new MirrorAceException(ErrorCodes.RequestFailed,
                        $"GitHub listed the asset {Output.PrintableText.Quote(asset.Name)} of {target.Description} with the download URL {Output.PrintableText.Quote(asset.BrowserDownloadUrl, 200)}, which is not an absolute URL",
                        "Check GITHUB_API_URL: it should be the API of the GitHub server that holds the release.");
                }

                assets.Add(new ReleaseAssetFile(asset.Name, asset.Size, url));
            }

            if (listed.Count < PageSize) break;
        }

        return assets;
    }
}
