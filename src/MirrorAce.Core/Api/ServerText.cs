using MirrorAce.Http;
using MirrorAce.Output;

namespace MirrorAce.Api;

/// <summary>
/// Checks the strings of the server's answers before anything publishes them: they go into release notes,
/// step summaries, outputs, links files and terminals, so a url with a line break, raw HTML or a
/// <c>javascript:</c> scheme, or a name with escape sequences, is refused with <see cref="ErrorCodes.UntrustedAnswer"/>.
/// </summary>
internal static class ServerText
{
    public const int MaxUrlLength = 2048;
    public const int MaxNameLength = 255;
    private const int MaxSlugLength = 64;
    private const int MaxTokenLength = 512;

    /// <summary>Why <paramref name="url"/> may not be published, or null when it is an absolute https URL (http only to loopback) in plain RFC 3986 characters.</summary>
    public static string? UrlProblem(string? url)
    {
        if (string.IsNullOrEmpty(url)) return "it is empty";
        if (url.Length > MaxUrlLength) return $"it is longer than {MaxUrlLength} characters";
        foreach (var bad in url.Where(c => !IsUrlChar(c)))
            return PrintableText.IsUnsafe(bad) || char.IsWhiteSpace(bad) ? "it holds a control character or white space" : $"it holds the character '{PrintableText.Clean(bad.ToString())}', which a URL may not hold";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            return "it is not an absolute URL";
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && EndpointGuard.IsLoopback(uri)))
            return uri.Scheme == Uri.UriSchemeHttp ? "it is plain http to a host other than loopback" : $"its scheme is '{PrintableText.Clean(uri.Scheme)}', not https";
        if (uri.UserInfo.Length > 0) return "it carries a user name or password";
        return null;
    }

    /// <summary>Whether <paramref name="slug"/> is a short token: letters, digits, <c>-</c> and <c>_</c>, at most 64.</summary>
    public static bool IsSlug(string? slug) => slug is { Length: > 0 and <= MaxSlugLength } && slug.All(IsTokenChar);

    /// <summary>Whether <paramref name="id"/> can be a mirror id: a short token like a slug.</summary>
    public static bool IsMirrorId(string? id) => id is { Length: > 0 and <= 32 } && id.All(IsTokenChar);

    /// <summary>Why <paramref name="name"/> may not be published as a file name, or null.</summary>
    public static string? NameProblem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "it is empty";
        if (name.Length > MaxNameLength) return $"it is longer than {MaxNameLength} characters";
        if (PrintableText.HasUnsafe(name)) return "it holds control or text-direction characters";
        if (name.Contains('/', StringComparison.Ordinal)) return "it holds a path separator";
        if (name is "." or "..") return "it names a directory";
        return null;
    }

    /// <summary>Whether <paramref name="sha256"/> is empty (no local bytes) or 64 hex digits.</summary>
    public static bool IsSha256OrEmpty(string? sha256) => string.IsNullOrEmpty(sha256) || (sha256.Length == 64 && sha256.All(char.IsAsciiHexDigit));

    /// <summary>
    /// Whether a links entry read back from outside (a links file, a release's notes, a build cache) may be reused and
    /// published again: the same checks as a fresh answer's fields. An empty name is allowed (older files lack it).
    /// </summary>
    public static bool IsPublishable(Upload.UploadedFile file) =>
        UrlProblem(file.Url) is null && IsSlug(file.Slug) && (file.Name.Length == 0 || NameProblem(file.Name) is null)
        && IsSha256OrEmpty(file.Sha256) && file.Mirrors.All(IsMirrorId)
        && (file.PartOf is not { } part || ((part.Name.Length == 0 || NameProblem(part.Name) is null) && IsSha256OrEmpty(part.Sha256)));

    /// <summary>A url of the answer, checked; <paramref name="uploaded"/> says the bytes are already stored, so the error says so.</summary>
    public static string RequireUrl(string? url, string field, UploadStep step, SecretRedactor redactor, string? uploaded = null) =>
        UrlProblem(url) is { } problem ? throw Untrusted(field, url, problem, step, redactor, uploaded) : url!;

    public static string RequireSlug(string? slug, string field, UploadStep step, SecretRedactor redactor, string? uploaded = null) =>
        IsSlug(slug) ? slug! : throw Untrusted(field, slug, $"a slug is 1 to {MaxSlugLength} letters, digits, '-' or '_'", step, redactor, uploaded);

    public static string? RequireNameOrNull(string? name, string field, UploadStep step, SecretRedactor redactor, string? uploaded = null) =>
        name is null ? null : NameProblem(name) is { } problem ? throw Untrusted(field, name, problem, step, redactor, uploaded) : name;

    public static string RequireMirrorId(string id, string field, UploadStep step, SecretRedactor redactor) =>
        IsMirrorId(id) ? id : throw Untrusted(field, id, "a mirror id is 1 to 32 letters, digits, '-' or '_'", step, redactor);

    /// <summary>A value that is only sent back to the server (<c>cTracker</c>, <c>upload_key</c>): printable ASCII, no space. Never quoted: it is a key.</summary>
    public static string RequireToken(string value, string field, UploadStep step, SecretRedactor redactor) =>
        value.Length <= MaxTokenLength && value.All(c => c is > ' ' and < '\u007F')
            ? value
            : throw Untrusted(field, null, $"it must be at most {MaxTokenLength} printable ASCII characters without spaces", step, redactor);

    /// <summary>A status of <c>file/info</c>: a few words of letters (<c>active</c>, <c>user removed</c>…).</summary>
    public static string RequireStatus(string status, UploadStep step, SecretRedactor redactor) =>
        status.Length is > 0 and <= 40 && status.All(c => char.IsAsciiLetter(c) || c is ' ' or '-' or '_')
            ? status
            : throw Untrusted("status", status, "a status is a few words of letters", step, redactor);

    /// <summary>The error for a field that is not safe to publish; the value is quoted only printable, redacted and cut short.</summary>
    public static MirrorAceException Untrusted(string field, string? value, string problem, UploadStep step, SecretRedactor redactor, string? uploaded = null)
    {
        var quoted = value is null ? null : PrintableText.Quote(redactor.Redact(value), 80);
        return Errors.UntrustedAnswer(field, quoted, problem, step, uploaded);
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    // RFC 3986: unreserved, reserved and '%'. Anything else (space, quotes, <, >, \, ^, `, {, |, }, non-ASCII) is refused.
    private static bool IsUrlChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".Contains(c, StringComparison.Ordinal);
}
