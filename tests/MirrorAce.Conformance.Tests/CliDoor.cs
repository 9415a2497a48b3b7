using System.Text.Json;
using System.Text.RegularExpressions;

namespace MirrorAce.Conformance.Tests;

/// <summary>The <c>mirrorace</c> program as a process: <c>upload</c> with <c>--json</c> (the links on stdout), GitHub from the environment.</summary>
public sealed partial class CliDoor : IDoor
{
    public string Name => "cli";

    public string SplitSetting => "--split";

    public async Task<DoorOutcome> RunAsync(Scenario scenario, ScenarioRun run)
    {
        var release = scenario.ReleaseTag is not null;
        var environment = new Dictionary<string, string?>
        {
            ["XDG_CACHE_HOME"] = run.CacheHome,
            // The test may itself run in a workflow: its event and token must not reach the program.
            ["GITHUB_EVENT_PATH"] = null,
            ["GITHUB_TOKEN"] = release ? run.Sandbox.GitHub.WriteToken : null,
            ["GITHUB_API_URL"] = release ? run.Sandbox.GitHubApiUrl.AbsoluteUri.TrimEnd('/') : null,
            ["GITHUB_REPOSITORY"] = ScenarioRun.Repository,
        };
        List<string> arguments = ["upload", .. scenario.Files, "--json"];
        if (scenario.LinksFile is { } links) arguments.AddRange(["--links-json", links]);
        if (scenario.ReleaseTag is { } tag) arguments.AddRange(["--release-tag", tag]);

        var result = await MirrorAceCli.RunAsync(run.Workspace.Path, run.Sandbox, environment, [.. arguments]);

        var errors = result.StandardError.Split('\n').Where(l => ErrorLine().IsMatch(l)).ToList();
        return new DoorOutcome(
            result.ExitCode == 0,
            errors.Select(l => ErrorLine().Match(l).Groups[1].Value).ToList(),
            Names(result.StandardOutput),
            // With --json the summary table is on stderr; a reused file's link is marked there.
            result.StandardError.Split('\n').Count(l => l.TrimEnd().EndsWith("(reused)", StringComparison.Ordinal)),
            errors,
            $"exit {result.ExitCode}\n--- stdout\n{result.StandardOutput}\n--- stderr\n{result.StandardError}");
    }

    // The links JSON printed alone on stdout; nothing at all when the run was refused.
    private static List<string> Names(string stdout)
    {
        if (string.IsNullOrWhiteSpace(stdout)) return [];
        using var links = JsonDocument.Parse(stdout);
        return links.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToList();
    }

    [GeneratedRegex(@"^mirrorace: error (MA\d{4}):")]
    private static partial Regex ErrorLine();
}
