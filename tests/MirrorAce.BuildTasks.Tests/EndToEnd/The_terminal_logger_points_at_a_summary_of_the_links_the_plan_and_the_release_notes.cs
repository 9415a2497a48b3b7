using System.Text.RegularExpressions;
using CliWrap.Buffered;
using MirrorAce.Sandbox;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

/// <summary>
/// The sample built with the terminal logger forced on (<c>-tl:on</c>, as in a terminal): a dry run, the real
/// build, then a rebuild at <c>-v:d</c>, all naming a release of the sandbox's GitHub API.
/// </summary>
public sealed partial class TerminalLoggerBuilds(PackedPackage package) : IAsyncLifetime
{
    public SandboxServer Sandbox { get; private set; } = null!;

    public ConsumerProject Project { get; private set; } = null!;

    public BufferedCommandResult DryRun { get; private set; } = null!;

    public string DryRunSummary { get; private set; } = "";

    public BufferedCommandResult Real { get; private set; } = null!;

    public string RealSummary { get; private set; } = "";

    public BufferedCommandResult Detailed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sandbox = await TaskHarness.StartSandboxAsync();
        Sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v2.0", "By hand.\n");
        Project = ConsumerProject.FromSample(package);
        var github = new Dictionary<string, string?>
        {
            ["GITHUB_TOKEN"] = TaskHarness.GitHubWriteToken,
            ["GITHUB_REPOSITORY"] = TaskHarness.GitHubRepository,
        };
        string[] build = ["build", "-tl:on", "-t:MirrorAceUpload", "-p:MirrorAceReleaseTag=v2.0", $"-p:MirrorAceGitHubApiUrl={Sandbox.GitHubApiUrl.AbsoluteUri}"];
        var summary = Project.PathOf("obj/mirrorace-summary.md");

        DryRun = await Project.DotnetAsync(Sandbox, withCredentials: true, github, [.. build, "-p:MirrorAceDryRun=true"]);
        DryRunSummary = File.Exists(summary) ? await File.ReadAllTextAsync(summary) : "";
        Real = await Project.DotnetAsync(Sandbox, withCredentials: true, github, build);
        RealSummary = File.Exists(summary) ? await File.ReadAllTextAsync(summary) : "";
        Detailed = await Project.DotnetAsync(Sandbox, withCredentials: true, github, [.. build, "--no-restore", "-v:d"]);
    }

    /// <summary>The output as a terminal shows it: colours, cursor moves and hyperlinks taken out.</summary>
    public static string Visible(BufferedCommandResult result) => Escapes().Replace(result.StandardOutput, "");

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();

    [GeneratedRegex(@"\x1b\][^\x1b\a]*(\x1b\\|\a)|\x1b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Escapes();
}

[Collection(EndToEndBuilds.Name)]
public sealed class The_terminal_logger_points_at_a_summary_of_the_links_the_plan_and_the_release_notes(TerminalLoggerBuilds builds)
    : IClassFixture<TerminalLoggerBuilds>
{
    /// <summary>The project's result line: name, target framework, outcome, time, and the output path TL took from "MirrorAce.Sample -> …".</summary>
    private static readonly Regex ResultLine = new(@"^  MirrorAce\.Sample net10\.0 succeeded \([0-9.]+s\) → obj/mirrorace-summary\.md$", RegexOptions.Multiline);

    private const string SummaryPath = "→ obj/mirrorace-summary.md";

    [Fact]
    public void A_dry_run_shows_the_summary_path_on_the_result_line_and_the_file_holds_the_plan()
    {
        Assert.True(builds.DryRun.ExitCode == 0, Dotnet.Describe(builds.DryRun));
        var visible = TerminalLoggerBuilds.Visible(builds.DryRun);

        // The control: the terminal logger really ran, so the plan's own lines are hidden.
        Assert.DoesNotContain("MirrorAce: dry run:", visible, StringComparison.Ordinal);
        Assert.Matches(ResultLine, visible);
        Assert.StartsWith("# MirrorAce dry run: MirrorAce.Sample\n", builds.DryRunSummary, StringComparison.Ordinal);
        Assert.Contains("- dist/manual.zip (", builds.DryRunSummary, StringComparison.Ordinal);
        Assert.Contains("- RELEASE-NOTES.md (", builds.DryRunSummary, StringComparison.Ordinal);
        Assert.Contains("Dry run: 2 files ready; credentials, mirrors and size limits were checked with MirrorAce. Nothing was uploaded. A real build would list them in the notes of release 'v2.0' of contoso/app.",
            builds.DryRunSummary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_build_shows_the_summary_path_and_the_file_holds_every_link_and_the_release_notes_outcome()
    {
        Assert.True(builds.Real.ExitCode == 0, Dotnet.Describe(builds.Real));
        var visible = TerminalLoggerBuilds.Visible(builds.Real);

        Assert.DoesNotContain(": done, http", visible, StringComparison.Ordinal);
        Assert.Matches(ResultLine, visible);
        Assert.StartsWith("# MirrorAce upload: MirrorAce.Sample\n", builds.RealSummary, StringComparison.Ordinal);
        Assert.Equal(2, builds.Sandbox.Files.Count);
        foreach (var file in builds.Sandbox.Files)
            Assert.Contains($"]({builds.Sandbox.ApiUrl.GetLeftPart(UriPartial.Authority)}/m/{file.Slug})", builds.RealSummary, StringComparison.Ordinal);
        Assert.Contains("Release notes of release v2.0: 2 added", builds.RealSummary, StringComparison.Ordinal);
        Assert.Contains("Links JSON: " + builds.Project.PathOf("obj/mirrorace-links.json"), builds.RealSummary, StringComparison.Ordinal);
    }

    [Fact]
    public void At_detailed_verbosity_the_terminal_logger_also_prints_the_high_importance_lines()
    {
        Assert.True(builds.Detailed.ExitCode == 0, Dotnet.Describe(builds.Detailed));
        var visible = TerminalLoggerBuilds.Visible(builds.Detailed);

        Assert.Equal(2, visible.Split('\n').Count(l => l.Contains("MirrorAce: ", StringComparison.Ordinal) && l.Contains(": reused, http", StringComparison.Ordinal)));
        Assert.Contains("MirrorAce: Release notes of release v2.0: unchanged, all 2 files already listed", visible, StringComparison.Ordinal);
        Assert.Contains(SummaryPath, visible, StringComparison.Ordinal);
    }
}
