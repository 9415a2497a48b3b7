using System.Text;

namespace MirrorAce.BuildTasks;

/// <summary>
/// MSBuild stores item specs and metadata escaped and unescapes them on every read: a URL holding
/// <c>%3B</c> would come back as <c>;</c>, and a <c>;</c> would split the value into two items in a
/// transform. Escaping the characters MSBuild gives meaning to keeps a value literal.
/// </summary>
internal static class MSBuildEscaping
{
    // The set MSBuild's own EscapingUtilities escapes: '%' first of all, then item separators,
    // property/item/metadata syntax, quoting and wildcards.
    private const string Special = "%;$@'()*?";
    private static readonly System.Buffers.SearchValues<char> SpecialValues = System.Buffers.SearchValues.Create(Special);

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.AsSpan().ContainsAny(SpecialValues))
            return value;
        var escaped = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            if (SpecialValues.Contains(c))
                escaped.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else
                escaped.Append(c);
        }
        return escaped.ToString();
    }
}
