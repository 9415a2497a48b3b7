using System.Text.RegularExpressions;

namespace MirrorAce.Action.Tests.Release;

/// <summary>
/// What a newcomer copies from the docs must work: the action is mirrorace/mirrorace-buildtasks everywhere, the
/// packages point to that repository, and every relative link in a Markdown file leads to a file of the repository.
/// </summary>
public partial class The_repository_has_one_name_and_its_docs_link_only_to_its_own_files
{
    private const string Name = "mirrorace/mirrorace-buildtasks";

    private static IEnumerable<string> TextFiles(params string[] extensions) =>
        Directory.EnumerateFiles(Repository.Root, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.Ordinal))
            .Where(f => !Path.GetRelativePath(Repository.Root, f).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "bin" or "obj" or ".git" or "node_modules" or "TestResults" or "artifacts"));

    [Fact]
    public void Every_use_of_the_action_in_docs_and_workflows_names_the_repository()
    {
        var uses = TextFiles(".md", ".yml", ".yaml")
            .SelectMany(f => UsesLine().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetRelativePath(Repository.Root, f), Action: m.Groups["action"].Value)))
            .Where(u => u.Action.Contains("mirrorace", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.NotEmpty(uses);
        // The container action at the root, or its composite variant in composite/, at the major tag (or a commit, for a pin).
        Assert.All(uses, u => Assert.True(u.Action == Name + "@v1" || CompositeUse().IsMatch(u.Action)
                                          || u.Action.StartsWith("docker://ghcr.io/" + Name + ":", StringComparison.Ordinal),
            $"{u.File}: uses: {u.Action}"));
    }

    [Fact]
    public void The_packages_point_to_the_repository()
    {
        Assert.Contains($"<PackageProjectUrl>https://github.com/{Name}</PackageProjectUrl>", Repository.Read("Directory.Build.props"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_licence_is_the_MIT_licence_the_packages_declare()
    {
        Assert.StartsWith("MIT License\n", Repository.Read("LICENSE"), StringComparison.Ordinal);
        Assert.Contains("<PackageLicenseExpression>MIT</PackageLicenseExpression>", Repository.Read("Directory.Build.props"), StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_links_in_Markdown_lead_to_files_of_the_repository()
    {
        var broken = new List<string>();
        foreach (var file in TextFiles(".md"))
        {
            var text = File.ReadAllText(file);
            foreach (Match link in MarkdownLink().Matches(text))
            {
                var target = link.Groups["target"].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal) || target.StartsWith('#')) continue;
                var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target.Split('#')[0]));
                if (!path.StartsWith(Repository.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !(File.Exists(path) || Directory.Exists(path)))
                    broken.Add($"{Path.GetRelativePath(Repository.Root, file)}: {target}");
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void No_doc_sends_readers_to_notes_outside_the_repository()
    {
        var mentions = TextFiles(".md").Where(f => SharedNotes().IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(Repository.Root, f));

        Assert.Empty(mentions);
    }

    [GeneratedRegex(@"^mirrorace/mirrorace-buildtasks/composite@(v1|[0-9a-f]{40})$")]
    private static partial Regex CompositeUse();

    [GeneratedRegex(@"^\s*-?\s*uses:\s*(?<action>\S+)", RegexOptions.Multiline)]
    private static partial Regex UsesLine();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(\.\./)*shared/(docs|seeds)/")]
    private static partial Regex SharedNotes();
}
