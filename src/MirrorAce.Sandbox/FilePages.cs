using System.Globalization;
using System.Net;
using Microsoft.Net.Http.Headers;

namespace MirrorAce.Sandbox;

/// <summary><c>GET /m/{slug}</c> and <c>GET /m/{slug}/download</c>: what the returned file URLs lead to.</summary>
internal sealed class FilePages(SandboxState state)
{
    public async Task HandleAsync(HttpContext context, string rest)
    {
        var ct = context.RequestAborted;
        var download = rest.EndsWith("/download", StringComparison.Ordinal);
        var slug = download ? rest[..^"/download".Length] : rest;
        if (!HttpMethods.IsGet(context.Request.Method) || state.Files.Find(slug) is not (var id, var file))
        {
            await HtmlPages.NotFoundAsync(context.Response, ct);
            return;
        }

        if (!download)
        {
            var size = file.Size.ToString(CultureInfo.InvariantCulture);
            var body = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(file.Name)}</title></head><body>"
                + $"<h1>{WebUtility.HtmlEncode(file.Name)}</h1><p>{size} bytes, SHA-256 {file.Sha256}, status {WebUtility.HtmlEncode(file.Status)}, "
                + $"mirrors {WebUtility.HtmlEncode(string.Join(", ", file.Mirrors))}, file id {id.ToString(CultureInfo.InvariantCulture)}.</p>"
                + (file.DiskPath is null ? "<p>Bytes were discarded (DiscardFiles mode).</p>" : $"<p><a href=\"/m/{slug}/download\">Download</a></p>")
                + "</body></html>";
            await HtmlPages.WriteAsync(context.Response, 200, "text/html; charset=UTF-8", body, ct);
            return;
        }

        if (file.DiskPath is null)
        {
            await HtmlPages.NotFoundAsync(context.Response, ct);
            return;
        }

        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.Name);
        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = file.Size;
        context.Response.Headers.ContentDisposition = disposition.ToString();
        await context.Response.SendFileAsync(file.DiskPath, ct);
    }
}
