using System.Globalization;
using System.Text.Json;

namespace MirrorAce.GitHub;

/// <summary>
/// GitHub answered with an error status, told the same way by every transport: the status, the headers (rate limits,
/// <c>Retry-After</c>), and GitHub's own words (<c>message</c>, <c>errors[]</c> such as <c>already_exists</c> on <c>tag_name</c>).
/// </summary>
/// <remarks>The message never holds the answer's body, which may echo the token; <see cref="GitHubFailures"/> redacts what it shows.</remarks>
internal sealed class GitHubApiException : Exception
{
    public GitHubApiException(int statusCode, IReadOnlyDictionary<string, string> headers, string? body, string? gitHubMessage,
        IReadOnlyList<FieldError> errors, Exception? inner = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"GitHub answered HTTP {statusCode}"), inner)
    {
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
        GitHubMessage = gitHubMessage;
        Errors = errors;
    }

    /// <summary>One entry of GitHub's <c>errors</c> array.</summary>
    public sealed record FieldError(string? Resource, string? Field, string? Code, string? Message);

    public int StatusCode { get; }

    /// <summary>The answer's headers, names compared without case.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The answer's body as it came.</summary>
    public string? Body { get; }

    /// <summary>GitHub's <c>message</c>; the whole body when it is not a JSON object (a proxy's page), as Octokit reads it.</summary>
    public string? GitHubMessage { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Reads GitHub's error body without reflection: <c>{"message": …, "errors": [{"resource", "field", "code", "message"} or "text"]}</c>.</summary>
    public static GitHubApiException FromAnswer(int statusCode, IReadOnlyDictionary<string, string> headers, string? body)
    {
        if (string.IsNullOrEmpty(body)) return new GitHubApiException(statusCode, headers, body, body, []);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object) return new GitHubApiException(statusCode, headers, body, body, []);
            var message = Text(json.RootElement, "message");
            var errors = new List<FieldError>();
            if (json.RootElement.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                        errors.Add(new FieldError(Text(item, "resource"), Text(item, "field"), Text(item, "code"), Text(item, "message")));
                    else if (item.ValueKind == JsonValueKind.String)
                        errors.Add(new FieldError(null, null, null, item.GetString()));
                }
            }

            return new GitHubApiException(statusCode, headers, body, message, errors);
        }
        catch (JsonException)
        {
            return new GitHubApiException(statusCode, headers, body, body, []);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
