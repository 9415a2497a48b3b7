using System.Globalization;
using System.Text.RegularExpressions;

namespace MirrorAce.Sandbox;

/// <summary>Checks shared by the endpoints. Each returns the refusal message, or null when the request passes.</summary>
internal static partial class RequestChecks
{
    public const string ExpiredKey = "Upload key has expired; request new upload variables.";

    public static string? Method(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) ? null : $"The API only accepts POST (got {request.Method}).";

    public static string? UrlEncodedForm(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"This call takes an application/x-www-form-urlencoded body (got {request.ContentType ?? "no Content-Type"}).";

    public static string? Credentials(SandboxOptions options, string? apiKey, string? apiToken) =>
        apiKey == options.ApiKey && apiToken == options.ApiToken ? null : "Invalid API key or token.";

    /// <summary>Finds the tracker that <paramref name="uploadKey"/> and <paramref name="cTracker"/> name together.</summary>
    public static (ChunkTracker? Tracker, string? Error) Tracker(SandboxState state, string? uploadKey, string? cTracker)
    {
        if (string.IsNullOrEmpty(uploadKey))
        {
            return (null, "Missing upload_key.");
        }

        if (state.FindByUploadKey(uploadKey) is not { } tracker)
        {
            return (null, "Invalid upload_key.");
        }

        if (string.IsNullOrEmpty(cTracker))
        {
            return (null, "Missing cTracker.");
        }

        return tracker.Id == cTracker
            ? (tracker, null)
            : (null, "Invalid cTracker: it was not issued together with this upload_key.");
    }

    /// <summary>State checks on a tracker; call while holding its gate.</summary>
    public static string? Usable(ChunkTracker tracker)
    {
        if (tracker.Finished)
        {
            return "This cTracker has already completed a file; request new upload variables.";
        }

        return tracker.IsExpired(DateTime.UtcNow) ? ExpiredKey : null;
    }

    /// <summary>
    /// The mirror ids are the values of the fields named <c>mirrors[…]</c>; the keys are ignored
    /// because the document tells PHP clients to send both and other clients send <c>mirrors[]</c>
    /// (strict mode refuses a key that names another mirror than its value).
    /// </summary>
    public static (IReadOnlyList<string> Mirrors, string? Error) Mirrors(SandboxOptions options, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var ids = new List<string>();
        foreach (var (name, value) in fields)
        {
            if (name == "mirrors")
            {
                return ([], "mirrors must be sent as an array: mirrors[<id>]=<id>.");
            }

            if (MirrorField().Match(name) is not { Success: true } field)
            {
                continue;
            }

            if (!Tolerances.MirrorKeyMayDiffer(options) && field.Groups[1].Value is { Length: > 0 } key && key != value)
            {
                return ([], $"{name}={value}: the key and the value name different mirrors; send mirrors[<id>]=<id> (or mirrors[]=<id>).");
            }

            if (!options.Mirrors.TryGetValue(value, out var enabled))
            {
                return ([], $"Unknown mirror id '{value}'.");
            }

            if (!enabled)
            {
                return ([], $"Mirror {value} is not enabled for this account.");
            }

            if (ids.Contains(value))
            {
                return ([], $"Mirror {value} is listed twice.");
            }

            ids.Add(value);
        }

        if (ids.Count == 0)
        {
            return ([], "Select at least one mirror (mirrors[<id>]=<id>).");
        }

        return ids.Count > options.MaxMirrors
            ? ([], string.Create(CultureInfo.InvariantCulture, $"Too many mirrors: {ids.Count} selected, at most {options.MaxMirrors} allowed."))
            : (ids, null);
    }

    public static bool SameMirrors(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == b.Count && a.All(b.Contains);

    [GeneratedRegex(@"^mirrors\[([^\]]*)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex MirrorField();
}
