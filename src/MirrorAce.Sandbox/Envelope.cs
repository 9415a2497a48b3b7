using System.Text;
using System.Text.Json.Nodes;

namespace MirrorAce.Sandbox;

/// <summary>The <c>{"status": …, "result": …}</c> answer every API call gets, always with HTTP 200.</summary>
internal sealed class Envelope
{
    private Envelope(bool success, JsonNode result, string outcome)
    {
        IsSuccess = success;
        Result = result;
        Outcome = outcome;
    }

    public bool IsSuccess { get; }

    public JsonNode Result { get; }

    /// <summary>A one-line summary for <see cref="RecordedRequest.Outcome"/>.</summary>
    public string Outcome { get; }

    public static Envelope Success(JsonObject result, string outcome = "success") => new(true, result, outcome);

    public static Envelope Error(string message) => new(false, JsonValue.Create(message), "error: " + message);

    public async Task WriteAsync(HttpResponse response, CancellationToken ct, Func<string, string>? rewrite = null)
    {
        var json = new JsonObject
        {
            ["status"] = IsSuccess ? "success" : "error",
            ["result"] = Result.DeepClone(),
        }.ToJsonString();

        // PHP's json_encode escapes "/" (and, like the default encoder here, non-ASCII); a '/' can only
        // occur inside JSON strings, so the replacement keeps the document valid.
        json = json.Replace("/", "\\/", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(rewrite is null ? json : rewrite(json));
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, ct);
    }
}
