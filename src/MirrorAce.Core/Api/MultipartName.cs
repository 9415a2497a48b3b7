namespace MirrorAce.Api;

/// <summary>Quotes a filename for <c>Content-Disposition: form-data; filename="…"</c>.</summary>
internal static class MultipartName
{
    // Backslash and quote are escaped as in a quoted-string; CR and LF would end the header, so they go, and so does
    // every other control or text-direction character: the server would echo them back in the name it publishes.
    public static string Escape(string name) => Sent(name)
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>The name as the server receives it: without control or text-direction characters.</summary>
    public static string Sent(string name) => string.Concat(name.Where(c => !Output.PrintableText.IsUnsafe(c)));
}
