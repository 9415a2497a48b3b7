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
                .Append(" | [").Append(Escape(file.Slug)).Append("](").Append(UrlForLink(file.Url)).Append(')')
                .Append(" | ").Append(file.Sha256.Length == 0 ? "—" : $"`{file.Sha256}`")
                .Append(" | ").Append(Escape(string.Join(", ", file.Mirrors)))
                .Append(" |\n");
        }
        foreach (var split in list.Select(f => f.PartOf).OfType<SplitPart>().Where(p => p.Index == 1))
            text.Append('\n').Append(Upload.SplitFile.Instructions(split)).Append('\n');
        return text.ToString();
    }

    /// <summary>Escapes text for a table cell: Markdown punctuation, pipes and HTML are made literal.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r' or '\n':
                    escaped.Append(' ');
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '|' or '!' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }

    // Spaces and parentheses would end a Markdown link target early.
    private static string UrlForLink(string url) =>
        url.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
}
