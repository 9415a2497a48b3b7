namespace MirrorAce.Api;

/// <summary>Quotes a filename for <c>Content-Disposition: form-data; filename="…"</c>.</summary>
internal static class MultipartName
{
    // Backslash and quote are escaped as in a quoted-string; CR and LF would end the header, so they go.
    public static string Escape(string name) => name
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\r", "", StringComparison.Ordinal)
        .Replace("\n", "", StringComparison.Ordinal);
}
