namespace MirrorAce.Http;

/// <summary>
/// URLs as messages may show them: without the user-info (<c>user:password@</c>), which <see cref="Uri.GetLeftPart"/>,
/// <see cref="Uri.AbsoluteUri"/> and <see cref="Uri.ToString"/> all keep.
/// </summary>
public static class UrlDisplay
{
    /// <summary>What stands where user-info was, so a reader still sees that the URL had some.</summary>
    public const string HiddenUserInfo = "***@";

    /// <summary><paramref name="uri"/> up to <paramref name="part"/>, its user-info replaced by <see cref="HiddenUserInfo"/>.</summary>
    public static string Show(Uri uri, UriPartial part = UriPartial.Query)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri) return Text(uri.OriginalString);
        var text = uri.GetLeftPart(part);
        return string.IsNullOrEmpty(uri.UserInfo) ? text : Text(text);
    }

    /// <summary>
    /// <paramref name="text"/>, which may not even parse as a URL, with anything between <c>://</c> and the last <c>@</c>
    /// of the authority replaced by <see cref="HiddenUserInfo"/>.
    /// </summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        var start = scheme < 0 ? 0 : scheme + 3;
        var end = text.IndexOfAny(['/', '?', '#', '\\'], start);
        if (end < 0) end = text.Length;
        var at = text.LastIndexOf('@', end - 1, end - start);
        return at < 0 ? text : text[..start] + HiddenUserInfo + text[(at + 1)..];
    }

    /// <summary>
    /// Refuses a URL that carries user-info: it would travel in every request and be shown in messages, and no
    /// MirrorAce or GitHub API reads credentials from it.
    /// </summary>
    /// <exception cref="MirrorAceException"><see cref="ErrorCodes.InvalidArgument"/>, naming <paramref name="what"/> but not the user-info.</exception>
    public static void RefuseUserInfo(Uri uri, string what, string advice, UploadStep? step = null)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (uri.IsAbsoluteUri && !string.IsNullOrEmpty(uri.UserInfo))
            throw Errors.UrlWithUserInfo(what, uri, advice, step);
    }
}
