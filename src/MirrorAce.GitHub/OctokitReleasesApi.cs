using System.Diagnostics.CodeAnalysis;
using Octokit;

namespace MirrorAce.GitHub;

/// <summary>The releases API through Octokit, the transport of the GitHub Action and the MSBuild task.</summary>
/// <remarks>
/// Octokit serialises by reflection (SimpleJson): only <see cref="ReleasesApi.Create"/> constructs this, behind a check that
/// the process can run such code, so a Native AOT build never compiles it. Octokit's exceptions become <see cref="GitHubApiException"/> here.
/// Octokit's calls take no cancellation token: on cancellation the request is abandoned, not aborted.
/// </remarks>
// Octokit itself carries no trim annotations: this marks the dependency so the analyzer keeps every construction behind the AOT check.
[RequiresDynamicCode("Octokit serialises JSON by reflection (SimpleJson); Native AOT builds use HttpReleasesApi.")]
internal sealed class OctokitReleasesApi(ReleaseTarget target) : IReleasesApi
{
    private readonly IReleasesClient _releases = GitHubConnectionFactory.Create(target).Repository.Release;

    public Task<ReleaseRecord> GetAsync(long id, CancellationToken ct) =>
        Call(async () => Release(await _releases.Get(target.Owner, target.Name, id)));

    // Octokit formats the tag into the path as it is: escaped, it stays one segment ('release/v1', never '../x').
    public Task<ReleaseRecord> GetByTagAsync(string tagSegment, CancellationToken ct) =>
        Call(async () => Release(await _releases.Get(target.Owner, target.Name, tagSegment)));

    public Task<IReadOnlyList<ReleaseRecord>> ListAsync(int page, int perPage, CancellationToken ct) =>
        Call<IReadOnlyList<ReleaseRecord>>(async () =>
            [.. (await _releases.GetAll(target.Owner, target.Name, Page(page, perPage))).Select(Release)]);

    // Only the body is set: Octokit leaves null members out, so a draft stays a draft and the name stays.
    public Task UpdateBodyAsync(long id, string body, CancellationToken ct) =>
        Call(async () => await _releases.Edit(target.Owner, target.Name, id, new ReleaseUpdate { Body = body }));

    public Task<ReleaseRecord> CreateAsync(string tag, string body, bool draft, bool prerelease, string? targetCommitish, CancellationToken ct) =>
        Call(async () => Release(await _releases.Create(target.Owner, target.Name,
            new NewRelease(tag) { Name = tag, Body = body, Draft = draft, Prerelease = prerelease, TargetCommitish = targetCommitish })));

    public Task DeleteAsync(long id, CancellationToken ct) =>
        Call(async () =>
        {
            await _releases.Delete(target.Owner, target.Name, id);
            return true;
        });

    public Task<IReadOnlyList<GitHubAsset>> ListAssetsAsync(long releaseId, int page, int perPage, CancellationToken ct) =>
        Call<IReadOnlyList<GitHubAsset>>(async () =>
            [.. (await _releases.GetAllAssets(target.Owner, target.Name, releaseId, Page(page, perPage)))
                .Select(a => new GitHubAsset(a.Name, a.Size, a.State, a.BrowserDownloadUrl))]);

    public void Dispose()
    {
        // Octokit's connection holds nothing to release per client.
    }

    private static ApiOptions Page(int page, int perPage) => new() { PageSize = perPage, PageCount = 1, StartPage = page };

    private static ReleaseRecord Release(Release release) => new(release.Id, release.TagName, release.Body, release.HtmlUrl, release.Draft);

    private static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException ex)
        {
            throw Translate(ex);
        }
    }

    private static GitHubApiException Translate(ApiException ex)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in ex.HttpResponse?.Headers ?? new Dictionary<string, string>()) headers[name] = value;
        var errors = ex.ApiError?.Errors?.Select(e => new GitHubApiException.FieldError(e.Resource, e.Field, e.Code, e.Message)).ToList() ?? [];
        return new GitHubApiException((int)ex.StatusCode, headers, ex.HttpResponse?.Body as string, ex.ApiError?.Message, errors, ex);
    }
}
