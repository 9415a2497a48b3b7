using System.Net;
using MirrorAce.Http;

namespace MirrorAce.GitHub;

/// <summary>Turns what GitHub answers (whichever transport asked) into coded errors that say what to change: the permission, the tag, the token.</summary>
internal static class GitHubFailures
{
    public static string PermissionAdvice(ReleaseTarget target) =>
        $"Add 'permissions: contents: write' to the workflow job (or give {target.Terms.GitHubToken} a token with that permission); "
        + "a read-only token can see releases but not edit their notes.";

    public static MirrorAceException ReleaseNotFound(ReleaseTarget target, Exception? inner = null) =>
        new(ErrorCodes.ReleaseNotFound,
            target.Tag is { } tag ? $"Release '{tag}' not found in {target.Repository}" : $"Release {target.ReleaseId} not found in {target.Repository}",
            $"Create the release first or check {target.Terms.ReleaseTag} (a draft is found by its tag too). If the repository is private, "
            + "the token must be able to see it: 'permissions: contents: write' in the workflow job.",
            serverMessage: ServerMessage(inner, target), inner: inner);

    /// <summary>A failure while finding or reading the release.</summary>
    public static MirrorAceException WhileReading(Exception ex, ReleaseTarget target) => ex switch
    {
        MirrorAceException coded => coded,
        GitHubApiException { StatusCode: (int)HttpStatusCode.NotFound } => ReleaseNotFound(target, ex),
        _ => Common(ex, target, "reading"),
    };

    /// <summary>A failure while writing the notes.</summary>
    public static MirrorAceException WhileWriting(Exception ex, ReleaseTarget target) => ex switch
    {
        MirrorAceException coded => coded,
        // GitHub answers 404 rather than 403 where it will not even admit the repository exists.
        GitHubApiException { StatusCode: (int)HttpStatusCode.Forbidden or (int)HttpStatusCode.NotFound } api => new MirrorAceException(ErrorCodes.PermissionDenied,
            $"The token may not edit the notes of {target.Description} (HTTP {api.StatusCode})",
            PermissionAdvice(target) + (api.StatusCode == (int)HttpStatusCode.NotFound ? " If the release was deleted meanwhile, create it again." : ""),
            serverMessage: ServerMessage(ex, target), inner: ex),
        GitHubApiException { StatusCode: (int)HttpStatusCode.UnprocessableEntity } validation when ServerMessage(validation, target)?.Contains("too long", StringComparison.OrdinalIgnoreCase) == true =>
            new MirrorAceException(ErrorCodes.BodyTooLong,
                $"GitHub refused the notes of {target.Description} as too long",
                "Shorten the release notes, or list fewer files in them.", serverMessage: ServerMessage(validation, target), inner: ex),
        _ => Common(ex, target, "writing"),
    };

    /// <summary>A failure while creating the missing release.</summary>
    public static MirrorAceException WhileCreating(Exception ex, ReleaseTarget target) => ex switch
    {
        MirrorAceException coded => coded,
        GitHubApiException { StatusCode: (int)HttpStatusCode.Forbidden or (int)HttpStatusCode.NotFound } api => new MirrorAceException(ErrorCodes.PermissionDenied,
            $"The token may not create {target.Description} (HTTP {api.StatusCode})",
            PermissionAdvice(target), serverMessage: ServerMessage(ex, target), inner: ex),
        GitHubApiException { StatusCode: (int)HttpStatusCode.UnprocessableEntity } => new MirrorAceException(ErrorCodes.CreateFailed,
            $"GitHub refused to create {target.Description} (HTTP 422)",
            "Check the tag (a tag that does not exist yet is created at GITHUB_SHA, or at the default branch) and the release notes; or create the release by hand and re-run.",
            serverMessage: ServerMessage(ex, target), inner: ex),
        _ => Common(ex, target, "creating"),
    };

    private static MirrorAceException Common(Exception ex, ReleaseTarget target, string doing) => ex switch
    {
        GitHubApiException { StatusCode: (int)HttpStatusCode.Unauthorized } => new MirrorAceException(ErrorCodes.BadToken,
            $"GitHub refused the token while {doing} the notes of {target.Description} (HTTP 401)",
            $"Check {target.Terms.GitHubToken}: it may be expired, revoked, or meant for another GitHub server than " + UrlDisplay.Show(target.ApiUrl) + ".",
            serverMessage: ServerMessage(ex, target), inner: ex),
        GitHubApiException { StatusCode: (int)HttpStatusCode.Forbidden } => new MirrorAceException(ErrorCodes.PermissionDenied,
            $"GitHub refused access while {doing} {target.Description} (HTTP 403)",
            PermissionAdvice(target), serverMessage: ServerMessage(ex, target), inner: ex),
        GitHubApiException api => new MirrorAceException(ErrorCodes.RequestFailed,
            $"GitHub answered HTTP {api.StatusCode} while {doing} the notes of {target.Description}",
            api.StatusCode >= (int)HttpStatusCode.InternalServerError ? "GitHub may be having trouble; re-run the job later." : "Check the release and the token's permissions.",
            serverMessage: ServerMessage(ex, target), inner: ex),
        // A success whose body is not the releases API's JSON: a proxy's or a web server's page, not a network failure.
        System.Text.Json.JsonException => new MirrorAceException(ErrorCodes.RequestFailed,
            $"What {UrlDisplay.Show(target.ApiUrl)} answered while {doing} the notes of {target.Description} is not the JSON of GitHub's releases API",
            "Check GITHUB_API_URL: it must be the API root (https://api.github.com/, or https://HOST/api/v3/ on GitHub Enterprise Server), not the web address.",
            inner: ex),
        _ => new MirrorAceException(ErrorCodes.RequestFailed,
            $"GitHub could not be reached at {UrlDisplay.Show(target.ApiUrl)} while {doing} the notes of {target.Description}",
            "Check GITHUB_API_URL and the network; re-run the job later.",
            serverMessage: target.Redactor.Redact(ex.Message), inner: ex),
    };

    // GitHub's words, with the token blanked out in any encoding: a server or proxy may echo the request.
    private static string? ServerMessage(Exception? ex, ReleaseTarget target)
    {
        if (ex is not GitHubApiException api) return null;
        var details = api.Errors.Select(e => e.Message).Where(m => !string.IsNullOrEmpty(m)).ToList();
        var message = api.GitHubMessage;
        return target.Redactor.RedactOrNull(details is { Count: > 0 } ? $"{message}: {string.Join("; ", details)}" : message);
    }
}
