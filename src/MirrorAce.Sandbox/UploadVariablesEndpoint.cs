using System.Globalization;
using System.Text.Json.Nodes;

namespace MirrorAce.Sandbox;

/// <summary><c>POST /api/v1/file/upload</c>: a fresh cTracker and upload key, and the limits to respect.</summary>
internal sealed class UploadVariablesEndpoint(SandboxState state)
{
    public async Task<Envelope> HandleAsync(HttpContext context, RequestLog log)
    {
        var (form, refusal) = await FormFields.ReadAuthenticatedAsync(context, log, state.Options, Tolerances.MultipartCalls(state.Options));
        if (form is null)
        {
            return refusal!;
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
