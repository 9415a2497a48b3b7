using System.Net;

namespace MirrorAce.Http;

/// <summary>Refuses plain HTTP to anything but loopback: credentials travel in every request.</summary>
internal static class EndpointGuard
{
    public static Uri RequireSecure(string? text, string what, string? filePath = null, UploadStep? step = null)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw Errors.NotAnHttpUrl(what, text, filePath, step);
        RequireSecure(uri, what, filePath, step);
        return uri;
    }

    public static void RequireSecure(Uri uri, string what, string? filePath = null, UploadStep? step = null)
    {
        if (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)))
            return;
        throw Errors.InsecureUrl(what, uri, filePath, step);
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));
}
