namespace MirrorAce.BuildTasks;

/// <summary>One <c>MirrorAceUploadFile</c> item, resolved.</summary>
/// <param name="ItemSpec">The file as the project names it; messages use it.</param>
/// <param name="FullPath">The file's absolute path.</param>
/// <param name="Mirrors">The item's own <c>Mirrors</c>, or <c>null</c> for the task's.</param>
internal sealed record RequestedFile(string ItemSpec, string FullPath, IReadOnlyList<string>? Mirrors)
{
    /// <summary>Splits a mirror list written with commas (like <c>MirrorAceMirrors</c>) or semicolons (like an MSBuild list).</summary>
    public static IReadOnlyList<string> SplitMirrors(string? text) =>
        (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The mirrors as a cache key: order and repeats make no difference to where a file lands.</summary>
    public static string MirrorsKey(IReadOnlyList<string> mirrors) =>
        string.Join(',', mirrors.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>The file as the links JSON names it: relative to <paramref name="baseDirectory"/> when under it, the engine's rule.</summary>
    public string LinkPath(string baseDirectory)
    {
        var relative = Path.GetRelativePath(baseDirectory, FullPath);
        var outside = Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return (outside ? FullPath : relative).Replace(Path.DirectorySeparatorChar, '/');
    }
}
