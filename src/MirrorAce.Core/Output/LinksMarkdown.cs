using System.Text;
using MirrorAce.Upload;

namespace MirrorAce.Output;

/// <summary>A Markdown table of uploaded files: name, size, link, SHA-256 and mirrors.</summary>
public static class LinksMarkdown
{
    /// <summary>Renders the table (a header and one row per file), ending in a newline.</summary>
    public static string Render(IEnumerable<UploadedFile> files)
    {
        var list = files.ToList();
        var text = new StringBuilder();
        text.Append("| File | Size | Link | SHA-256 | Mirrors |\n");
        text.Append("| --- | ---: | --- | --- | --- |\n");
        foreach (var file in list)
        {
            text.Append("| ").Append(Escape(file.Name))
                .Append(" | ").Append(ByteSize.Format(file.Size))
                .Append(" | ").Append(Link(file.Slug, file.Url))
                .Append(" | ").Append(file.Sha256.Length == 0 ? "—" : Api.ServerText.IsSha256OrEmpty(file.Sha256) ? $"`{file.Sha256}`" : Escape(file.Sha256))
                .Append(" | ").Append(Escape(string.Join(", ", file.Mirrors)))
                .Append(" |\n");
        }
        foreach (var split in list.Select(f => f.PartOf).OfType<SplitPart>().Where(p => p.Index == 1))
            text.Append('\n').Append(Upload.SplitFile.Instructions(split)).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// Escapes text for a table cell (also in a release body or step summary, where GitHub renders HTML): control
    /// characters and line breaks are replaced, Markdown punctuation, pipes and HTML are made literal.
    /// </summary>
    public static string Escape(string text)
    {
        text = PrintableText.Clean(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '|' or '!' or '~' or '$':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>
    /// A Markdown link to <paramref name="url"/>; a url no trustworthy answer holds (a <c>javascript:</c> scheme, a line
    /// break, raw HTML) is never made a link, only shown as escaped text.
    /// </summary>
    public static string Link(string text, string url) =>
        Api.ServerText.UrlProblem(url) is null ? $"[{Escape(text)}]({UrlForLink(url)})" : Escape(text) + " " + Escape(url);

    /// <summary>
    /// The url as a link target: everything but RFC 3986's letters, digits and punctuation, and the parentheses
    /// and brackets that would end the target or the link early, is percent-encoded (UTF-8).
    /// </summary>
    public static string UrlForLink(string url)
    {
        var encoded = new StringBuilder(url.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(url))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&'*+,;=%".Contains(c, StringComparison.Ordinal)))
                encoded.Append(c);
            else
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }
}
