using System.Text.RegularExpressions;
using MirrorAce.Action.Tests.Support;

namespace MirrorAce.Action.Tests.Release;

/// <summary>eng/changelog-section.sh gives a version's section of CHANGELOG.md, the notes of its GitHub release.</summary>
public partial class The_release_notes_are_the_changelog_section
{
    private const string Changelog = """
        # Changelog

        Intro.

        ## [1.3.0] - Unreleased

        - next

        ## [1.2.3] - 2026-12-01

        ### Fixed

        - the [thing](https://example.com/x).


        ## [1.2.2] - 2026-11-01

        - old

        [1.2.3]: https://github.com/mirrorace/mirrorace-buildtasks/releases/tag/v1.2.3
        [1.2.2]: https://github.com/mirrorace/mirrorace-buildtasks/releases/tag/v1.2.2

        """;

    private static async Task<(int ExitCode, string Out, string Error)> SectionAsync(string version)
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "CHANGELOG.md");
        await File.WriteAllTextAsync(path, Changelog);
        var run = await Bash.RunAsync(Repository.PathOf("eng/changelog-section.sh"), [version, path]);
        return (run.ExitCode, run.StandardOutput, run.StandardError);
    }

    [Fact]
    public async Task The_section_body_without_its_heading_the_next_section_or_blank_edges()
    {
        var (exitCode, output, error) = await SectionAsync("1.2.3");

        Assert.True(exitCode == 0, error);
        Assert.Equal("### Fixed\n\n- the [thing](https://example.com/x).\n", output);
    }

    [Fact]
    public async Task The_last_section_stops_before_the_link_definitions()
    {
        var (exitCode, output, _) = await SectionAsync("1.2.2");

        Assert.Equal(0, exitCode);
        Assert.Equal("- old\n", output);
    }

    [Fact]
    public async Task A_version_without_a_section_fails()
    {
        var (exitCode, output, error) = await SectionAsync("1.2");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Contains("no section ## [1.2] in the changelog", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_repository_changelog_has_a_section_for_the_current_version_in_keep_a_changelog_form()
    {
        var version = Regex.Match(Repository.Read("Directory.Build.props"), "<Version>(.+)</Version>").Groups[1].Value;
        var changelog = Repository.Read("CHANGELOG.md");

        Assert.StartsWith("# Changelog\n", changelog, StringComparison.Ordinal);
        Assert.All(SectionHeading().Matches(changelog), m => Assert.Matches(@"^## \[\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\] - (\d{4}-\d{2}-\d{2}|Unreleased)$", m.Value));
        Assert.Contains($"\n## [{version}] - ", changelog, StringComparison.Ordinal);
        Assert.Contains($"\n[{version}]: https://github.com/mirrorace/mirrorace-buildtasks/releases/tag/v{version}", changelog, StringComparison.Ordinal);
        var run = await Bash.RunAsync(Repository.PathOf("eng/changelog-section.sh"), [version]);
        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Contains("### Added", run.StandardOutput, StringComparison.Ordinal);
    }

    [GeneratedRegex("^## .*$", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();
}
