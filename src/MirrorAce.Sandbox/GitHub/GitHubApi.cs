using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MirrorAce.Sandbox.GitHub;

/// <summary>
/// Answers GitHub REST API requests for releases, like GitHub: JSON with <c>application/json; charset=utf-8</c>,
/// <c>{"message": …}</c> errors, <c>Link</c> pagination, 404 for what the token may not see.
/// </summary>
internal sealed class GitHubApi(GitHubSandbox github, Action<RecordedRequest> record)
{
    /// <summary>The GitHub Enterprise Server style root, and a plain one: Octokit must use whichever it is given.</summary>
    public static readonly string[] Prefixes = ["/api/v3/", "/github/"];

    private const string Docs = "https://docs.github.com/rest/releases/releases";
    private const string ReleaseAssetDocs = "https://docs.github.com/rest/releases/assets#list-release-assets";

    public static bool Serves(string? path) => path is not null && Prefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal));

    public async Task HandleAsync(HttpContext context)
    {
        var log = new RequestLog(context, endpoint: null);
        var request = context.Request;
        var ct = context.RequestAborted;
        string? body = null;
        Answer answer;
        GitHubFault? fault = null;
        try
        {
            if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
            {
                // Octokit labels its JSON PATCH body application/x-www-form-urlencoded: read it as text, whatever the label.
                using var reader = new StreamReader(request.Body, Encoding.UTF8);
                body = await reader.ReadToEndAsync(ct);
            }

            if (HttpMethods.IsPatch(request.Method)) github.CountPatch();
            if (github.TakeFault() is { } injected)
            {
                fault = injected.Fault;
                answer = Faulted(injected.Fault, injected.RetryAfterSeconds);
            }
            else
            {
                answer = await ProcessAsync(context, body);
            }

            await WriteAsync(context.Response, answer, github.ErrorAnswerRewriter, ct);
            log.Outcome = $"github: HTTP {answer.Status}" + (fault is { } f ? $" (fault: {f})" : "");
            github.Record(new GitHubRequest(request.Method, RawPath(context), request.QueryString.Value ?? "",
                request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null,
                request.ContentType, body, answer.Status, fault));
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or BadHttpRequestException)
        {
            log.Outcome = "client went away: " + ex.Message;
            context.Abort();
        }
        finally
        {
            record(log.ToRecord());
        }
    }

    private async Task<Answer> ProcessAsync(HttpContext context, string? body)
    {
        var request = context.Request;
        var path = RawPath(context);
        var prefix = Prefixes.First(p => path.StartsWith(p, StringComparison.Ordinal));
        var apiRoot = $"{request.Scheme}://{request.Host}{prefix}";
        var webRoot = $"{request.Scheme}://{request.Host}/";

        var canPush = Authenticate(request.Headers.Authorization.ToString());
        if (canPush is null)
        {
            return Error(401, "Bad credentials", "https://docs.github.com/rest");
        }

        // repos/{owner}/{repo}/releases[/{id} | /{id}/assets | /tags/{tag}]; a tag with '/' is one segment, its '/' sent as %2F.
        var segments = path[prefix.Length..].Split('/').Select(Uri.UnescapeDataString).ToArray();
        if (segments.Length < 4 || segments[0] != "repos" || segments[3] != "releases")
        {
            return Error(404, "Not Found", "https://docs.github.com/rest");
        }

        var (owner, repo) = (segments[1], segments[2]);
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && segments.Length == 4)
        {
            return List(request, owner, repo, canPush.Value, apiRoot, webRoot);
        }

        if (HttpMethods.IsPost(request.Method) && segments.Length == 4)
        {
            await github.WaitAtCreateHoldAsync(context.RequestAborted);
            return Create(owner, repo, canPush.Value, body, apiRoot, webRoot);
        }

        if (isGet && segments.Length == 6 && segments[4] == "tags")
        {
            var tag = segments[5];
            return Found(github.GetByTag(owner, repo, tag), apiRoot, webRoot, Docs + "#get-a-release-by-tag-name");
        }

        if (isGet && segments.Length == 6 && segments[5] == "assets" && long.TryParse(segments[4], NumberStyles.None, CultureInfo.InvariantCulture, out var releaseId))
        {
            return ListAssets(request, owner, repo, releaseId, canPush.Value, apiRoot, webRoot);
        }

        if (segments.Length == 5 && long.TryParse(segments[4], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            if (isGet) return Found(github.Get(owner, repo, id, canPush.Value), apiRoot, webRoot, Docs + "#get-a-release");
            if (HttpMethods.IsPatch(request.Method)) return await EditAsync(owner, repo, id, canPush.Value, body, apiRoot, webRoot, context.RequestAborted);
            if (HttpMethods.IsDelete(request.Method)) return Delete(owner, repo, id, canPush.Value);
        }

        return Error(404, "Not Found", "https://docs.github.com/rest");
    }

    // The path as the client sent it, escapes and all: Kestrel's decoded Path would turn %2F's neighbours into plain text.
    private static string RawPath(HttpContext context)
    {
        var target = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target) || !target.StartsWith('/')) return context.Request.Path.Value ?? "";
        var query = target.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? target : target[..query];
    }

    private Answer List(HttpRequest request, string owner, string repo, bool canPush, string apiRoot, string webRoot)
    {
        var (page, headers) = PageLinks.Page(request, github.List(owner, repo, canPush));
        var items = new JsonArray([.. page.Select(r => (JsonNode)Render(r, apiRoot, webRoot))]);
        return new Answer(200, items, headers);
    }

    private Answer ListAssets(HttpRequest request, string owner, string repo, long id, bool canPush, string apiRoot, string webRoot)
    {
        if (github.Assets(owner, repo, id, canPush) is not { } assets)
        {
            return Error(404, "Not Found", ReleaseAssetDocs);
        }

        var (page, headers) = PageLinks.Page(request, assets);
        var createdAt = github.CreatedAt(id);
        var items = new JsonArray([.. page.Select(a => (JsonNode)AssetJson.Render(a, $"{owner}/{repo}", createdAt, apiRoot, webRoot))]);
        return new Answer(200, items, headers);
    }

    private async Task<Answer> EditAsync(string owner, string repo, long id, bool canPush, string? body, string apiRoot, string webRoot, CancellationToken ct)
    {
        if (github.Get(owner, repo, id, canPush) is null)
        {
            return Error(404, "Not Found", Docs + "#update-a-release");
        }

        if (!canPush)
        {
            return Error(403, "Resource not accessible by integration", Docs + "#update-a-release");
        }

        GitHubSandbox.ReleaseEdit edit;
        try
        {
            edit = ParseEdit(body);
        }
        catch (JsonException)
        {
            return Error(400, "Problems parsing JSON", Docs + "#update-a-release");
        }

        if (edit.Body is { Length: > GitHubSandbox.MaxBodyLength })
        {
            return Validation("body", $"body is too long (maximum is {GitHubSandbox.MaxBodyLength} characters)");
        }

        await github.WaitAtPatchHoldAsync(ct);
        var updated = github.Update(owner, repo, id, edit);
        github.TakeAfterPatch()?.Invoke(id);
        return Found(updated, apiRoot, webRoot, Docs + "#update-a-release");
    }

    private Answer Create(string owner, string repo, bool canPush, string? body, string apiRoot, string webRoot)
    {
        const string CreateDocs = Docs + "#create-a-release";
        if (!canPush)
        {
            return Error(403, "Resource not accessible by integration", CreateDocs);
        }

        GitHubSandbox.ReleaseEdit fields;
        string? commitish;
        try
        {
            fields = ParseEdit(body);
            commitish = JsonNode.Parse(body ?? "")?["target_commitish"]?.GetValue<string>();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return Error(400, "Problems parsing JSON", CreateDocs);
        }

        if (string.IsNullOrEmpty(fields.Tag))
        {
            return Validation("tag_name", "tag_name is missing", "missing_field");
        }

        if (fields.Body is { Length: > GitHubSandbox.MaxBodyLength })
        {
            return Validation("body", $"body is too long (maximum is {GitHubSandbox.MaxBodyLength} characters)");
        }

        // GitHub's answer to the loser of a race for a published release: the tag is taken.
        return github.Create(owner, repo, fields, commitish) is { } created
            ? new Answer(201, Render(created, apiRoot, webRoot), [])
            : Validation("tag_name", null, "already_exists");
    }

    private Answer Delete(string owner, string repo, long id, bool canPush)
    {
        const string DeleteDocs = Docs + "#delete-a-release";
        if (github.Get(owner, repo, id, canPush) is null) return Error(404, "Not Found", DeleteDocs);
        if (!canPush) return Error(403, "Resource not accessible by integration", DeleteDocs);
        return github.Delete(owner, repo, id) ? new Answer(204, new JsonObject(), []) : Error(404, "Not Found", DeleteDocs);
    }

    private static GitHubSandbox.ReleaseEdit ParseEdit(string? body)
    {
        if (JsonNode.Parse(body ?? "") is not JsonObject json) throw new JsonException("Not an object.");
        var hasBody = json.TryGetPropertyValue("body", out var text);
        return new GitHubSandbox.ReleaseEdit(
            hasBody, text?.GetValue<string>(),
            json["name"]?.GetValue<string>(),
            json["tag_name"]?.GetValue<string>(),
            json["draft"]?.GetValue<bool>(),
            json["prerelease"]?.GetValue<bool>());
    }

    /// <summary>True for the write token, false for the read-only one, null for anything else.</summary>
    private bool? Authenticate(string header)
    {
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0) return null;
        var scheme = header[..space];
        if (!scheme.Equals("token", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("bearer", StringComparison.OrdinalIgnoreCase)) return null;
        var token = header[(space + 1)..].Trim();
        return token == github.WriteToken ? true : token == github.ReadOnlyToken ? false : null;
    }

    private Answer Found(SandboxRelease? release, string apiRoot, string webRoot, string docs) =>
        release is null ? Error(404, "Not Found", docs) : new Answer(200, Render(release, apiRoot, webRoot), []);

    private JsonObject Render(SandboxRelease release, string apiRoot, string webRoot) =>
        ReleaseJson.Render(release, github.CreatedAt(release.Id), apiRoot, webRoot, github.AssetsOf(release.Id));

    private static Answer Faulted(GitHubFault fault, int retryAfter)
    {
        var retry = new Dictionary<string, string> { ["Retry-After"] = retryAfter.ToString(CultureInfo.InvariantCulture) };
        const string Secondary = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
        const string RateDocs = "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api";
        return fault switch
        {
            GitHubFault.SecondaryRateLimit => Error(403, Secondary, RateDocs + "#about-secondary-rate-limits", retry),
            GitHubFault.TooManyRequests => Error(429, Secondary, RateDocs + "#about-secondary-rate-limits", retry),
            GitHubFault.PrimaryRateLimit => Error(403, "API rate limit exceeded for installation ID 1.", RateDocs, new Dictionary<string, string>
            {
                ["X-RateLimit-Limit"] = "5000",
                ["X-RateLimit-Remaining"] = "0",
                ["X-RateLimit-Used"] = "5000",
                ["X-RateLimit-Reset"] = DateTimeOffset.UtcNow.AddSeconds(retryAfter).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            }),
            GitHubFault.BadGateway => Error(502, "Server Error", "https://docs.github.com/rest"),
            _ => throw new InvalidOperationException($"Unhandled fault {fault}."),
        };
    }

    private static Answer Validation(string field, string? message, string code = "custom") => new(422, new JsonObject
    {
        ["message"] = "Validation Failed",
        ["errors"] = new JsonArray(message is null
            ? new JsonObject { ["resource"] = "Release", ["code"] = code, ["field"] = field }
            : new JsonObject { ["resource"] = "Release", ["code"] = code, ["field"] = field, ["message"] = message }),
        ["documentation_url"] = Docs + "#update-a-release",
        ["status"] = "422",
    }, []);

    private static Answer Error(int status, string message, string docs, Dictionary<string, string>? headers = null) => new(status, new JsonObject
    {
        ["message"] = message,
        ["documentation_url"] = docs,
        ["status"] = status.ToString(CultureInfo.InvariantCulture),
    }, headers ?? []);

    private static async Task WriteAsync(HttpResponse response, Answer answer, Func<int, string, string>? rewriteError, CancellationToken ct)
    {
        var json = answer.Json.ToJsonString();
        // 204 No Content, as GitHub answers a DELETE: no body at all.
        var bytes = answer.Status == 204 ? [] : Encoding.UTF8.GetBytes(answer.Status >= 400 && rewriteError is not null ? rewriteError(answer.Status, json) : json);
        response.StatusCode = answer.Status;
        // Octokit only deserializes answers whose media type is application/json.
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        response.Headers["X-GitHub-Media-Type"] = "github.v3; format=json";
        response.Headers["X-GitHub-Request-Id"] = Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();
        if (!answer.Headers.ContainsKey("X-RateLimit-Remaining"))
        {
            response.Headers["X-RateLimit-Limit"] = "5000";
            response.Headers["X-RateLimit-Remaining"] = "4999";
            response.Headers["X-RateLimit-Reset"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (name, value) in answer.Headers) response.Headers[name] = value;
        await response.Body.WriteAsync(bytes, ct);
    }

    private sealed record Answer(int Status, JsonNode Json, Dictionary<string, string> Headers);
}
