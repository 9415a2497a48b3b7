using System.Net;
using System.Text;

namespace MirrorAce.Sandbox;

/// <summary>The non-API answers: 404s, injected error pages and the file pages of the standalone demo.</summary>
internal static class HtmlPages
{
    public static string Page(string title, string text) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head>"
        + $"<body><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(text)}</p></body></html>";

    public static Task NotFoundAsync(HttpResponse response, CancellationToken ct) =>
        WriteAsync(response, 404, "text/html; charset=UTF-8", Page("404 Not Found", "There is nothing here."), ct);

    public static async Task WriteAsync(HttpResponse response, int status, string contentType, string body, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, ct);
    }
}
