using MirrorAce.Output;

namespace MirrorAce.Cli;

/// <summary>
/// JSON made safe to print through <see cref="SafeConsoleWriter"/> unchanged: characters it would replace and the
/// <c>##[</c> a runner reads as a command are written as JSON escapes, which a parser reads back as the same text.
/// </summary>
internal static class InertJson
{
    public static string Of(string json)
    {
        var text = new System.Text.StringBuilder(json.Length);
        foreach (var c in json)
        {
            // Raw line breaks only separate tokens in the JSON we render; inside strings they are already escaped.
            if (c != '\n' && PrintableText.IsUnsafe(c)) text.Append($"\\u{(int)c:x4}");
            else text.Append(c);
        }
        return text.Replace("##[", "\\u0023#[").ToString();
    }
}
