using System.Globalization;
using MirrorAce.Http;

namespace MirrorAce;

// What a door hands the engine: settings, URLs, credentials; all refused before anything is sent.
public static partial class Errors
{
    /// <summary>MA1020: the API key or token is missing from <paramref name="variable"/>.</summary>
    public static MirrorAceException MissingCredentials(string what, string variable) =>
        new(ErrorCodes.MissingCredentials, $"The MirrorAce {what} is missing",
            $"Set the environment variable {variable} (in CI, from a secret). Your key and token are on your MirrorAce account's API page.",
            step: UploadStep.Validate);

    /// <summary>
    /// MA1023: a malformed credential: which (<paramref name="what"/>), where it came from (<paramref name="source"/>: a variable or
    /// input name, never the value), why, and what to do (by default: copy it again).
    /// </summary>
    public static MirrorAceException MalformedCredentials(string what, string source, string problem, string? advice = null) =>
        new(ErrorCodes.MalformedCredentials, $"The {what} in {source} is malformed: {problem}",
            advice ?? $"Copy it again, whole and on one line, from where it was issued into {source}; "
                + string.Create(CultureInfo.InvariantCulture, $"credentials shorter than {CredentialRules.MinimumLength} characters are refused because they could not be kept out of logs."),
            step: UploadStep.Validate);

    /// <summary>MA1022: a setting out of its bounds; <paramref name="problem"/> names the door's own setting.</summary>
    public static MirrorAceException InvalidSetting(string problem, string advice) =>
        new(ErrorCodes.InvalidArgument, problem, advice, step: UploadStep.Validate);

    /// <summary>MA1022: <paramref name="text"/> is not an absolute http(s) URL; it is shown without user-info, printable.</summary>
    public static MirrorAceException NotAnHttpUrl(string what, string? text, string? path = null, UploadStep? step = null) =>
        new(ErrorCodes.InvalidArgument, $"The {what} {Output.PrintableText.Quote(UrlDisplay.Text(text), 200)} is not an absolute http(s) URL",
            "Give a full URL such as https://mirrorace.com/api/v1/.", path, step);

    /// <summary>MA1022: a relative API URL.</summary>
    public static MirrorAceException ApiUrlNotAbsolute(Uri url) =>
        new(ErrorCodes.InvalidArgument, $"The API URL '{UrlDisplay.Text(url.OriginalString)}' is not absolute", "Give a full URL such as https://mirrorace.com/api/v1/.");

    /// <summary>MA1021: plain HTTP to a host other than loopback.</summary>
    public static MirrorAceException InsecureUrl(string what, Uri url, string? path = null, UploadStep? step = null) =>
        new(ErrorCodes.InsecureUrl, $"The {what} {UrlDisplay.Show(url, UriPartial.Authority)} uses plain HTTP",
            "Use https://: plain HTTP is only allowed to loopback (127.0.0.1, ::1, localhost).", path, step);

    /// <summary>MA1022: a URL with user-info, shown without it; <paramref name="advice"/> says where the credentials belong instead.</summary>
    public static MirrorAceException UrlWithUserInfo(string what, Uri url, string advice, UploadStep? step = null) =>
        new(ErrorCodes.InvalidArgument, $"The {what} {UrlDisplay.Show(url, UriPartial.Path)} holds a user name or password before the host", advice, step: step);

    /// <summary>MA1022: a source URL with user-info, which would be published with the link.</summary>
    public static MirrorAceException SourceUrlWithUserInfo(Uri url) =>
        new(ErrorCodes.InvalidArgument,
            $"The source URL {UrlDisplay.Text(url.AbsoluteUri)} holds a user name or password before the host; it would be published with the link",
            "Give MirrorAce a URL it can fetch without credentials (a public download link); nothing was sent.", step: UploadStep.Validate);
}
