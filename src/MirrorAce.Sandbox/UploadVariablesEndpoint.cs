using System.Globalization;
using System.Text.Json.Nodes;

namespace MirrorAce.Sandbox;

/// <summary><c>POST /api/v1/file/upload</c>: a fresh cTracker and upload key, and the limits to respect.</summary>
internal sealed class UploadVariablesEndpoint(SandboxState state)
{
    public async Task<Envelope> HandleAsync(HttpContext context, RequestLog log)
    {
        var request = context.Request;
        if ((RequestChecks.Method(request) ?? RequestChecks.UrlEncodedForm(request)) is { } refusal)
        {
            await Streams.DrainAsync(request.Body, context.RequestAborted);
            return Envelope.Error(refusal);
        }

        var form = await FormFields.ReadUrlEncodedAsync(request, log, context.RequestAborted);
        if (RequestChecks.Credentials(state.Options, form.Last("api_key"), form.Last("api_token")) is { } bad)
        {
            return Envelope.Error(bad);
        }

        var options = state.Options;
        var tracker = state.Issue();
        var mirrors = new JsonObject();
        foreach (var (id, enabled) in options.Mirrors)
        {
            mirrors[id] = enabled;
        }

        return Envelope.Success(new JsonObject
        {
            ["server"] = state.Server,
            ["server_file"] = state.ServerFile,
            ["server_remote"] = state.ServerRemote,
            ["cTracker"] = tracker.Id,
            ["mirrors"] = mirrors,
            ["default_mirrors"] = new JsonArray([.. options.DefaultMirrors.Select(m => (JsonNode?)JsonValue.Create(m))]),
            ["max_chunk_size"] = options.MaxChunkSize.ToString(CultureInfo.InvariantCulture),
            ["max_file_size"] = options.MaxFileSize.ToString(CultureInfo.InvariantCulture),
            ["max_mirrors"] = options.MaxMirrors.ToString(CultureInfo.InvariantCulture),
            ["upload_key"] = tracker.UploadKey,
            ["upload_key_expiry"] = tracker.ExpiresAtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        });
    }
}
