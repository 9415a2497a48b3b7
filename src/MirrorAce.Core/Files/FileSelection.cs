namespace MirrorAce.Files;

/// <summary>
/// Turns paths, folders and globs into files: the wildcards of <see cref="Glob"/> (<c>*</c>, <c>?</c>, <c>[abc]</c>,
/// <c>**</c>, <c>{a,b}</c>), <c>!pattern</c> excludes,
/// <c>\</c> accepted as a separator, a folder standing for every file beneath it. Hidden files and folders
/// (a segment starting with '.') are left out of folder and glob matches unless the pattern names them
/// (<c>.github/*.yml</c>, <c>dist/.*</c>) or <c>includeHidden</c> says so. Symbolic links are followed, but
/// a folder reached twice (a loop such as <c>a/up -&gt; ..</c>) is walked once, and a file reached by two
/// paths is listed once. Files come in the order of the patterns, each pattern's matches sorted.
/// </summary>
public static class FileSelection
{
    // Deeper than any real build output; a bound for trees that links make endless.
    private const int MaxDepth = 64;

    /// <summary>Resolves <paramref name="patterns"/> against <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="MirrorAceException">MA1005 for a malformed pattern.</exception>
    public static FileSelectionResult Resolve(IEnumerable<string> patterns, string baseDirectory, bool includeHidden = false)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var includes = new List<string>();
        var excludes = new List<Glob>();
        foreach (var raw in patterns)
        {
            var pattern = raw.Trim().Replace('\\', '/');
            if (pattern.Length == 0) continue;
            if (pattern.StartsWith('!'))
            {
                excludes.AddRange(Glob.ExpandBraces(Check(pattern[1..].TrimStart())).Select(p => new Glob(p)));
            }
            else
            {
                includes.Add(Check(pattern));
            }
        }

        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (var given in includes)
        {
            // A file whose name has glob characters ("app[1].zip") is itself when it exists; a folder stands for every file beneath it.
            var literal = Path.GetFullPath(given, baseDirectory);
            var glob = Glob.HasWildcard(given) && !File.Exists(literal);
            var pattern = !glob && Directory.Exists(literal) ? given.TrimEnd('/') + "/**" : given;
            var matches = glob || pattern != given
                ? Glob.ExpandBraces(pattern).SelectMany(p => Find(p, baseDirectory, includeHidden)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
                : [literal];
            var kept = matches.Where(full => !IsExcluded(excludes, baseDirectory, full)).ToList();
            if ((glob || pattern != given) && kept.Count == 0) unmatched.Add(given);
            foreach (var full in kept)
                if (seen.Add(Identity(full))) files.Add(RelativePath.UnderOrFull(full, baseDirectory));
        }
        return new FileSelectionResult(files, unmatched);
    }

    /// <summary>Splits an input list given on several lines or separated by commas.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        (text ?? "").Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Two paths to one file (a link beside its target) are one file: uploading both would publish it twice.
    private static string Identity(string full)
    {
        try { return RealPath.Of(full); }
        catch (IOException) { return full; }
    }

    private static List<string> Find(string pattern, string baseDirectory, bool includeHidden)
    {
        // The segments before the first wildcard are the folder to search; they may be absolute, and are named, so never "hidden".
        var segments = pattern.Split('/');
        var fixedCount = Array.FindIndex(segments, Glob.HasWildcard);
        if (fixedCount < 0) return File.Exists(Path.GetFullPath(pattern, baseDirectory)) ? [Path.GetFullPath(pattern, baseDirectory)] : [];
        var root = string.Join('/', segments[..fixedCount]);
        var rest = segments[fixedCount..];
        var rootPath = Path.GetFullPath(root.Length == 0 && pattern.StartsWith('/') ? "/" : root.Length == 0 ? "." : root, baseDirectory);
        if (!Directory.Exists(rootPath)) return [];

        var walk = new Walk(
            MaxDepth: rest.Contains("**") ? MaxDepth : rest.Length,
            IntoHidden: includeHidden || rest.Any(s => s.StartsWith('.')));
        var candidates = new List<string>();
        walk.Collect(rootPath, "", 1, [Identity(rootPath)], candidates);

        var glob = new Glob(string.Join('/', rest));
        return candidates
            .Where(glob.IsMatch)
            .Where(relative => includeHidden || HiddenSegmentsAreNamed(relative, rest))
            .Select(relative => Path.GetFullPath(relative, rootPath))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    // A hidden segment is kept only where the pattern spells a segment that starts with '.' and matches it.
    private static bool HiddenSegmentsAreNamed(string relative, string[] pattern) =>
        relative.Split('/').Where(HiddenPath.IsHidden).All(hidden => pattern.Any(p => p.StartsWith('.') && Glob.SegmentMatches(p, hidden)));

    private sealed record Walk(int MaxDepth, bool IntoHidden)
    {
        public void Collect(string folder, string relative, int depth, HashSet<string> visited, List<string> files)
        {
            IEnumerable<FileSystemInfo> entries;
            try { entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return; }
            foreach (var entry in entries)
            {
                if (!IntoHidden && HiddenPath.IsHidden(entry.Name)) continue;
                var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                if (entry is DirectoryInfo || Directory.Exists(entry.FullName))
                {
                    // A loop of links, or a folder already walked by another path, is not walked again.
                    if (depth < MaxDepth && visited.Add(Identity(entry.FullName)))
                        Collect(entry.FullName, path, depth + 1, visited, files);
                }
                else
                {
                    files.Add(path);
                }
            }
        }
    }

    private static bool IsExcluded(List<Glob> excludes, string baseDirectory, string full)
    {
        if (excludes.Count == 0) return false;
        var relative = Path.GetRelativePath(baseDirectory, full).Replace('\\', '/');
        var absolute = full.Replace('\\', '/');
        return excludes.Any(e => e.IsMatch(relative) || e.IsMatch(absolute));
    }

    private static string Check(string pattern)
    {
        var segments = pattern.Split('/');
        if (pattern.Length == 0 || segments.Any(s => s.Contains("**", StringComparison.Ordinal) && s != "**"))
            throw Errors.MalformedPattern(pattern);
        return pattern;
    }
}

/// <summary>The files a selection found, and the globs that found none.</summary>
/// <param name="Files">Matched files, relative to the base directory when under it.</param>
/// <param name="Unmatched">Glob patterns and folders that matched no file.</param>
public sealed record FileSelectionResult(IReadOnlyList<string> Files, IReadOnlyList<string> Unmatched);
