using System.Net;

namespace MirrorAce.Http;

/// <summary>Refuses plain HTTP to anything but loopback: credentials travel in every request.</summary>
internal static class EndpointGuard
{
    public static Uri RequireSecure(string? text, string what, string? filePath = null, UploadStep? step = null)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new MirrorAceException(ErrorCodes.InvalidArgument, $"The {what} {Output.PrintableText.Quote(UrlDisplay.Text(text), 200)} is not an absolute http(s) URL",
                "Give a full URL such as https://mirrorace.com/api/v1/.", filePath, step);
        RequireSecure(uri, what, filePath, step);
        return uri;
    }

    public static void RequireSecure(Uri uri, string what, string? filePath = null, UploadStep? step = null)
    {
        if (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)))
            return;
        throw new MirrorAceException(ErrorCodes.InsecureUrl, $"The {what} {UrlDisplay.Show(uri, UriPartial.Authority)} uses plain HTTP",
            "Use https://: plain HTTP is only allowed to loopback (127.0.0.1, ::1, localhost).", filePath, step);
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));
}
