namespace MirrorAce.GitHub;

/// <summary>
/// Git's rules for a tag name (<c>git check-ref-format</c> on <c>refs/tags/&lt;tag&gt;</c>), checked before the tag
/// goes into a request path: a name like <c>nope/../v1.0</c> or <c>../../evil</c> would otherwise reach another release or endpoint.
/// </summary>
internal static class GitTagName
{
    /// <summary>Why <paramref name="tag"/> is not a valid tag name, or null when it is one.</summary>
    public static string? Problem(string tag)
    {
        if (tag.Length == 0) return "it is empty";
        if (tag.Any(c => char.IsControl(c) || c == ' ')) return "it holds a space or a control character";
        if (tag.IndexOfAny(['~', '^', ':', '?', '*', '[', '\\']) is >= 0 and var at) return $"it holds '{tag[at]}'";
        if (tag.Contains("..", StringComparison.Ordinal)) return "it holds '..'";
        if (tag.Contains("@{", StringComparison.Ordinal)) return "it holds '@{'";
        if (tag == "@") return "it is '@'";
        if (tag[0] is '-' or '/') return $"it starts with '{tag[0]}'";
        if (tag.EndsWith('/') || tag.EndsWith('.')) return $"it ends with '{tag[^1]}'";
        if (tag.Contains("//", StringComparison.Ordinal)) return "it holds '//'";
        foreach (var component in tag.Split('/'))
        {
            if (component.StartsWith('.')) return "a part of it starts with '.'";
            if (component.EndsWith(".lock", StringComparison.Ordinal)) return "a part of it ends with '.lock'";
        }
        return null;
    }

    /// <summary>The tag as one path segment: <c>release/v1</c> goes as <c>release%2Fv1</c>, not as two segments.</summary>
    public static string AsPathSegment(string tag) => Uri.EscapeDataString(tag);
}
