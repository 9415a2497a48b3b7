using System.Text;

namespace MirrorAce.Sandbox;

/// <summary>
/// Reads <c>name</c> and <c>filename</c> from a multipart part's Content-Disposition the way PHP does:
/// quoted values lose the quotes, <c>\"</c> and <c>\\</c> are unescaped, any other backslash stays,
/// MIME encoded-words (<c>=?utf-8?B?…?=</c>) stay literal and <c>filename*</c> is ignored.
/// ASP.NET's ContentDispositionHeaderValue decodes encoded-words, which would hide a client bug
/// that the real server turns into a gibberish file name.
/// </summary>
internal sealed record RawContentDisposition(string? Name, string? FileName)
{
    public bool IsFile => FileName is not null;

    public static RawContentDisposition Parse(string? header)
    {
        string? name = null;
        string? fileName = null;
        if (string.IsNullOrEmpty(header))
        {
            return new(name, fileName);
        }

        var i = header.IndexOf(';', StringComparison.Ordinal);
        while (i >= 0 && i < header.Length)
        {
            i++;
            while (i < header.Length && header[i] is ' ' or '\t')
            {
                i++;
            }

            var keyStart = i;
            while (i < header.Length && header[i] is not ('=' or ';'))
            {
                i++;
            }

            var key = header[keyStart..i].Trim();
            string? value = null;
            if (i < header.Length && header[i] == '=')
            {
                i++;
                value = header.AsSpan(i).TrimStart().StartsWith("\"")
                    ? ReadQuoted(header, ref i)
                    : ReadToken(header, ref i);
            }

            if (key.Equals("name", StringComparison.OrdinalIgnoreCase))
            {
                name = value;
            }
            else if (key.Equals("filename", StringComparison.OrdinalIgnoreCase))
            {
                fileName = value;
            }

            i = header.IndexOf(';', i);
        }

        return new(name, fileName);
    }

    private static string ReadQuoted(string header, ref int i)
    {
        i = header.IndexOf('"', i) + 1;
        var value = new StringBuilder();
        while (i < header.Length && header[i] != '"')
        {
            if (header[i] == '\\' && i + 1 < header.Length && header[i + 1] is '"' or '\\')
            {
                i++;
            }

            value.Append(header[i]);
            i++;
        }

        if (i < header.Length)
        {
            i++;
        }

        return value.ToString();
    }

    private static string ReadToken(string header, ref int i)
    {
        var end = header.IndexOf(';', i);
        end = end < 0 ? header.Length : end;
        var value = header[i..end].Trim();
        i = end;
        return value;
    }
}
