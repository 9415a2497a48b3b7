using Microsoft.Extensions.FileSystemGlobbing;

namespace MirrorAce.Files;

/// <summary>
/// Turns paths and globs into files: <c>*</c> and <c>**</c> wildcards, <c>!pattern</c> excludes,
/// <c>\</c> accepted as a separator. Files come in the order of the patterns, each pattern's
/// matches sorted, duplicates dropped.
/// </summary>
public static class FileSelection
{
    /// <summary>Resolves <paramref name="patterns"/> against <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="MirrorAceException">MA1005 for a malformed pattern.</exception>
    public static FileSelectionResult Resolve(IEnumerable<string> patterns, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var includes = new List<string>();
        var excludes = new Matcher(StringComparison.Ordinal);
        var anyExclude = false;
        foreach (var raw in patterns)
        {
            var pattern = raw.Trim().Replace('\\', '/');
            if (pattern.Length == 0) continue;
            if (pattern.StartsWith('!'))
            {
                var exclude = Check(pattern[1..].TrimStart());
                excludes.AddInclude(exclude); // A match of this matcher means "leave it out".
                anyExclude = true;
            }
            else
            {
                includes.Add(Check(pattern));
            }
        }

        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (var pattern in includes)
        {
            var matches = IsGlob(pattern) ? Glob(pattern, baseDirectory) : [Path.GetFullPath(pattern, baseDirectory)];
            var kept = matches.Where(full => !anyExclude || !IsExcluded(excludes, baseDirectory, full)).ToList();
            if (IsGlob(pattern) && kept.Count == 0) unmatched.Add(pattern);
            foreach (var full in kept)
                if (seen.Add(full)) files.Add(RelativePath.UnderOrFull(full, baseDirectory));
        }
        return new FileSelectionResult(files, unmatched);
    }

    /// <summary>Splits an input list given on several lines or separated by commas.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        (text ?? "").Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsGlob(string pattern) => pattern.Contains('*', StringComparison.Ordinal);

    private static List<string> Glob(string pattern, string baseDirectory)
    {
        // The segments before the first wildcard are the folder to search; they may be absolute.
        var segments = pattern.Split('/');
        var fixedCount = Array.FindIndex(segments, s => s.Contains('*', StringComparison.Ordinal));
        var root = string.Join('/', segments[..fixedCount]);
        var rest = string.Join('/', segments[fixedCount..]);
        var rootPath = Path.GetFullPath(root.Length == 0 && pattern.StartsWith('/') ? "/" : root.Length == 0 ? "." : root, baseDirectory);
        if (!Directory.Exists(rootPath)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        return matcher.GetResultsInFullPath(rootPath).Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();
    }

    private static bool IsExcluded(Matcher excludes, string baseDirectory, string full)
    {
        var relative = Path.GetRelativePath(baseDirectory, full).Replace('\\', '/');
        return excludes.Match(relative).HasMatches || excludes.Match(full.Replace('\\', '/')).HasMatches;
    }

    private static string Check(string pattern)
    {
        var segments = pattern.Split('/');
        if (pattern.Length == 0 || segments.Any(s => s.Contains("**", StringComparison.Ordinal) && s != "**"))
            throw new MirrorAceException(ErrorCodes.NoFilesMatched, $"The pattern '{pattern}' is malformed",
                "Use '*' within a name and '**' only as a whole path segment, as in 'dist/**/*.zip'.", step: UploadStep.Validate);
        return pattern;
    }
}

/// <summary>The files a selection found, and the globs that found none.</summary>
/// <param name="Files">Matched files, relative to the base directory when under it.</param>
/// <param name="Unmatched">Glob patterns (not literal paths) that matched no file.</param>
public sealed record FileSelectionResult(IReadOnlyList<string> Files, IReadOnlyList<string> Unmatched);
