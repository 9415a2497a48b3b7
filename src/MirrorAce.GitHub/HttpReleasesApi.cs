using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MirrorAce.GitHub;

/// <summary>
/// The releases API through <see cref="HttpClient"/> and source-generated JSON: what a Native AOT build (the <c>mirrorace</c> CLI)
/// uses, since Octokit needs reflection. Sends what Octokit sends: <c>Authorization: Token …</c>, the same paths and queries.
/// </summary>
internal sealed class HttpReleasesApi : IReleasesApi
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(100);

    private readonly HttpClient _http;
    private readonly string _repository;
    private readonly string _authorization;

    public HttpReleasesApi(ReleaseTarget target)
    {
        _http = new HttpClient { BaseAddress = target.ApiUrl, Timeout = RequestTimeout };
        _authorization = "Token " + target.Token;
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue(GitHubConnectionFactory.ProductName, null));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        _http.DefaultRequestHeaders.Add("X-GitHub-Api-Version", "2022-11-28");
        // Owner and name passed ReleaseTarget's pattern: letters, digits, '.', '-', '_' only.
        _repository = $"repos/{target.Owner}/{target.Name}/releases";
    }

    public async Task<ReleaseRecord> GetAsync(long id, CancellationToken ct) =>
        Release(await SendAsync(HttpMethod.Get, Path(id), null, GitHubJson.Default.ReleaseJson, ct));

    public async Task<ReleaseRecord> GetByTagAsync(string tagSegment, CancellationToken ct) =>
        Release(await SendAsync(HttpMethod.Get, $"{_repository}/tags/{tagSegment}", null, GitHubJson.Default.ReleaseJson, ct));

    public async Task<IReadOnlyList<ReleaseRecord>> ListAsync(int page, int perPage, CancellationToken ct) =>
        [.. (await SendAsync(HttpMethod.Get, _repository + Query(page, perPage), null, GitHubJson.Default.ListReleaseJson, ct)).Select(Release)];

    public async Task UpdateBodyAsync(long id, string body, CancellationToken ct) =>
        await SendAsync(HttpMethod.Patch, Path(id), Json(new BodyUpdateJson { Body = body }, GitHubJson.Default.BodyUpdateJson),
            GitHubJson.Default.ReleaseJson, ct);

    public async Task<ReleaseRecord> CreateAsync(string tag, string body, bool draft, bool prerelease, string? targetCommitish, CancellationToken ct)
    {
        var request = new NewReleaseJson { TagName = tag, TargetCommitish = targetCommitish, Name = tag, Body = body, Draft = draft, Prerelease = prerelease };
        return Release(await SendAsync(HttpMethod.Post, _repository, Json(request, GitHubJson.Default.NewReleaseJson), GitHubJson.Default.ReleaseJson, ct));
    }

    public async Task DeleteAsync(long id, CancellationToken ct) =>
        await SendAsync<object>(HttpMethod.Delete, Path(id), null, null, ct);

    public async Task<IReadOnlyList<GitHubAsset>> ListAssetsAsync(long releaseId, int page, int perPage, CancellationToken ct) =>
        [.. (await SendAsync(HttpMethod.Get, $"{Path(releaseId)}/assets{Query(page, perPage)}", null, GitHubJson.Default.ListAssetJson, ct))
            .Select(a => new GitHubAsset(a.Name ?? "", a.Size, a.State, a.BrowserDownloadUrl))];

    public void Dispose() => _http.Dispose();

    private string Path(long id) => string.Create(CultureInfo.InvariantCulture, $"{_repository}/{id}");

    private static string Query(int page, int perPage) => string.Create(CultureInfo.InvariantCulture, $"?per_page={perPage}&page={page}");

    private static StringContent Json<T>(T value, JsonTypeInfo<T> type) =>
        new(JsonSerializer.Serialize(value, type), Encoding.UTF8, "application/json");

    /// <summary>Sends one request; an error status becomes a <see cref="GitHubApiException"/>, a success is read as <paramref name="type"/> (none: not read).</summary>
    private async Task<T> SendAsync<T>(HttpMethod method, string path, HttpContent? content, JsonTypeInfo<T>? type, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        // Added per request and validated, as Octokit does: a token no header can hold fails here, inside the retry and error mapping.
        request.Headers.Add("Authorization", _authorization);
        using var response = await _http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if ((int)response.StatusCode >= 400) throw GitHubApiException.FromAnswer((int)response.StatusCode, Headers(response), text);
        if (type is null) return default!;
        return JsonSerializer.Deserialize(text, type)
            ?? throw new JsonException($"GitHub answered {method} {path} with 'null' instead of a JSON value.");
    }

    private static Dictionary<string, string> Headers(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers)) headers[name] = string.Join(", ", values);
        return headers;
    }

    private static ReleaseRecord Release(ReleaseJson release) => new(release.Id, release.TagName ?? "", release.Body, release.HtmlUrl, release.Draft);
}
