using System.Text.Json.Nodes;

namespace MirrorAce.Sandbox;

/// <summary>
/// <c>/_sandbox/…</c>: what a test does in-process, over HTTP, so a rehearsal from the command line can try
/// <c>status</c>/<c>verify</c> and failures. Not part of MirrorAce (no real server has it); loopback only, no credentials.
/// <list type="bullet">
/// <item><c>GET /_sandbox/files</c>: the stored files as JSON.</item>
/// <item><c>POST /_sandbox/files/{slug}/status</c> with <c>status=user removed</c> (or another documented status).</item>
/// <item><c>DELETE /_sandbox/files/{slug}</c>: the file is gone; file/info reports "not found".</item>
/// <item><c>POST /_sandbox/faults</c> with <c>fault=KIND:ENDPOINT[:N[:TIMES[:STALL_MS]]]</c> or <c>random=P:SEED:KINDS</c>; <c>DELETE /_sandbox/faults</c> disarms them.</item>
/// </list>
/// </summary>
internal sealed class AdminEndpoint(SandboxState state)
{
    public const string Prefix = "/_sandbox/";

    /// <summary>The statuses file/info documents for a file that exists; "not found" is what DELETE gives.</summary>
    private static readonly string[] Statuses = ["active", "user removed", "admin removed", "copyright removed"];

    public static bool Serves(string? path) => path is not null && path.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext context)
    {
        var log = new RequestLog(context, endpoint: null);
        var request = context.Request;
        var ct = context.RequestAborted;
        var path = request.Path.Value![Prefix.Length..].TrimEnd('/');
        var segments = path.Split('/');
        try
        {
            var answer = await AnswerAsync(request, segments, ct);
            var bytes = System.Text.Encoding.UTF8.GetBytes(answer.Body.ToJsonString());
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, ct);
            log.Outcome = "sandbox admin: HTTP " + answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            state.Record(log.ToRecord());
        }
    }

    private async Task<(int Status, JsonNode Body)> AnswerAsync(HttpRequest request, string[] segments, CancellationToken ct)
    {
        try
        {
            return (request.Method, segments) switch
            {
                ("GET", ["files"]) => (200, ListFiles()),
                ("POST", ["files", var slug, "status"]) => SetStatus(Uri.UnescapeDataString(slug), await FieldAsync(request, "status", ct)),
                ("DELETE", ["files", var slug]) => Delete(Uri.UnescapeDataString(slug)),
                ("POST", ["faults"]) => await ArmAsync(request, ct),
                ("DELETE", ["faults"]) => Disarm(),
                _ => (404, Message($"No such sandbox route: {request.Method} {request.Path}. See GET/POST/DELETE under {Prefix} in the sandbox README.")),
            };
        }
        catch (InvalidDataException ex)
        {
            return (400, Message("Unreadable form: " + ex.Message));
        }
    }

    private JsonArray ListFiles() =>
    [
        .. state.Files.Files.Select(f => (JsonNode)new JsonObject
        {
            ["slug"] = f.Slug,
            ["name"] = f.Name,
            ["size"] = f.Size,
            ["sha256"] = f.Sha256,
            ["status"] = f.Status,
            ["mirrors"] = new JsonArray([.. f.Mirrors.Select(m => (JsonNode?)JsonValue.Create(m))]),
            ["url"] = state.FileUrl(f.Slug),
        }),
    ];

    private (int, JsonNode) SetStatus(string slug, string? status)
    {
        if (status is null || !Statuses.Contains(status))
        {
            return (400, Message($"Send status= one of: {string.Join(", ", Statuses)} (DELETE /_sandbox/files/{{slug}} makes a file \"not found\")."));
        }

        if (state.Files.Find(slug) is null)
        {
            return (404, Message($"The sandbox holds no file with slug '{slug}'."));
        }

        state.Files.SetStatus(slug, status);
        return (200, new JsonObject { ["slug"] = slug, ["status"] = status });
    }

    private (int, JsonNode) Delete(string slug) =>
        state.Files.Delete(slug)
            ? (200, new JsonObject { ["slug"] = slug, ["status"] = "not found" })
            : (404, Message($"The sandbox holds no file with slug '{slug}'."));

    private async Task<(int, JsonNode)> ArmAsync(HttpRequest request, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        var armed = new JsonArray();
        foreach (var text in form?["fault"] ?? default)
        {
            var (fault, error) = FaultSpec.Parse(text ?? "");
            if (fault is null)
            {
                return (400, Message(error!));
            }

            state.Faults.Add(fault);
            armed.Add(text);
        }

        foreach (var text in form?["random"] ?? default)
        {
            if (FaultSpec.ArmRandom(state.Faults, text ?? "") is { } error)
            {
                return (400, Message(error));
            }

            armed.Add("random " + text);
        }

        return armed.Count == 0
            ? (400, Message("Send fault=KIND:ENDPOINT[:N[:TIMES[:STALL_MS]]] and/or random=PROBABILITY:SEED:KIND[,KIND…] as form fields."))
            : (200, new JsonObject { ["armed"] = armed });
    }

    private (int, JsonNode) Disarm()
    {
        state.Faults.Clear();
        return (200, new JsonObject { ["armed"] = new JsonArray() });
    }

    private static async Task<string?> FieldAsync(HttpRequest request, string name, CancellationToken ct) =>
        request.HasFormContentType && (await request.ReadFormAsync(ct))[name] is { Count: > 0 } values ? values[^1] : null;

    private static JsonObject Message(string text) => new() { ["message"] = text };
}
