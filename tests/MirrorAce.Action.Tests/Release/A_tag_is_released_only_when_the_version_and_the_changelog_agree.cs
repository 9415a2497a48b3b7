using MirrorAce.Action.Tests.Support;

namespace MirrorAce.Action.Tests.Release;

/// <summary>eng/check-release.sh, the release's first step: the tag, &lt;Version&gt; and CHANGELOG.md must say the same version.</summary>
public class A_tag_is_released_only_when_the_version_and_the_changelog_agree
{
    private static async Task<(int ExitCode, string Out, string Error)> CheckAsync(string tag, string version, string changelog)
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "eng"));
        File.Copy(Repository.PathOf("eng/check-release.sh"), Path.Combine(dir.Path, "eng", "check-release.sh"));
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "Directory.Build.props"),
            $"<Project>\n  <PropertyGroup>\n    <Version>{version}</Version>\n  </PropertyGroup>\n</Project>\n");
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "CHANGELOG.md"), changelog);
        var run = await Bash.RunAsync(Path.Combine(dir.Path, "eng", "check-release.sh"), [tag], dir.Path);
        return (run.ExitCode, run.StandardOutput.Trim(), run.StandardError);
    }

    private const string Dated = "# Changelog\n\n## [1.3.0] - Unreleased\n\n## [1.2.3] - 2026-12-01\n\n### Fixed\n\n- x\n\n## [2.0.0-rc.1] - 2026-12-02\n";

    [Theory]
    [InlineData("v1.2.3", "1.2.3")]
    [InlineData("v2.0.0-rc.1", "2.0.0-rc.1")]
    public async Task A_tag_that_matches_a_dated_section_and_the_version_prints_the_version(string tag, string version)
    {
        var (exitCode, output, error) = await CheckAsync(tag, version, Dated);

        Assert.True(exitCode == 0, error);
        Assert.Equal(version, output);
    }

    [Theory]
    [InlineData("v1.2.3", "1.2.4", "Directory.Build.props says <Version>1.2.4</Version>, the tag says 1.2.3")]
    [InlineData("v1.3.0", "1.3.0", "has no release date")]
    [InlineData("v1.2.4", "1.2.4", "CHANGELOG.md has no section '## [1.2.4] - YYYY-MM-DD'")]
    [InlineData("v1", "1", "is not v<major>.<minor>.<patch>")]
    [InlineData("1.2.3", "1.2.3", "is not v<major>.<minor>.<patch>")]
    [InlineData("v1.2.3+build.5", "1.2.3+build.5", "without +build metadata")]
    [InlineData("v01.2.3", "01.2.3", "is not v<major>.<minor>.<patch>")]
    public async Task Anything_else_is_refused_with_what_to_fix(string tag, string version, string message)
    {
        var (exitCode, output, error) = await CheckAsync(tag, version, Dated);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_for_a_longer_version_does_not_count_for_a_prefix_of_it()
    {
        var (exitCode, _, error) = await CheckAsync("v1.2.3", "1.2.3", "## [1.2.3-rc.1] - 2026-12-01\n");

        Assert.Equal(1, exitCode);
        Assert.Contains("no section '## [1.2.3]", error, StringComparison.Ordinal);
    }
}
