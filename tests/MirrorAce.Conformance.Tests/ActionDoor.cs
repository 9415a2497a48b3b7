using System.Text.Json;
using System.Text.RegularExpressions;

namespace MirrorAce.Conformance.Tests;

/// <summary>
/// The action's entrypoint as a process, as the runner starts it: inputs as INPUT_* variables, the run's workspace and
/// cache folder. It has no links-file input: a scenario's links file is where GITHUB_OUTPUT points.
/// </summary>
public sealed partial class ActionDoor : IDoor
{
    public string Name => "action";

    public string SplitSetting => "split";

    public async Task<DoorOutcome> RunAsync(Scenario scenario, ScenarioRun run)
    {
        using var step = new GitHubStep { WorkingDirectory = run.Workspace.Path };
        step.For(run.Sandbox, string.Join('\n', scenario.Files));
        if (scenario.ReleaseTag is { } tag) step.WithRelease(run.Sandbox, tag);
        step.EnvironmentOverrides["GITHUB_WORKSPACE"] = run.Workspace.Path;
        step.EnvironmentOverrides["GITHUB_REPOSITORY"] = ScenarioRun.Repository;
        step.EnvironmentOverrides["XDG_CACHE_HOME"] = run.CacheHome;
        if (scenario.LinksFile is { } links) step.EnvironmentOverrides["GITHUB_OUTPUT"] = Path.Combine(run.Workspace.Path, links);

        var result = await step.RunAsync();

        var errors = result.Commands("error");
        var rows = result.StdoutLines.Select(l => LinkRow().Match(l)).Where(m => m.Success).ToList();
        return new DoorOutcome(
            result.ExitCode == 0,
            errors.Select(e => ErrorTitle().Match(e) is { Success: true } m ? m.Groups[1].Value : "(no code)").ToList(),
            // The outputs later steps read; when they could not be written, the links the log lists.
            result.Outputs.TryGetValue("links", out var json) ? Names(json) : rows.Select(m => m.Groups[1].Value).ToList(),
            rows.Count(m => m.Groups[2].Success),
            errors,
            result.ToString());
    }

    private static List<string> Names(string json)
    {
        using var links = JsonDocument.Parse(json);
        return links.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToList();
    }

    // "::error file=dist/app.zip,title=MA1004::message"
    [GeneratedRegex(@"^::error [^:]*\btitle=(MA\d{4})[,:]")]
    private static partial Regex ErrorTitle();

    // "  app.zip (2.9 KiB): https://… (reused)": a file the log lists as on MirrorAce.
    [GeneratedRegex(@"^  (.+) \([^()]*\): \S+( \(reused\))?$")]
    private static partial Regex LinkRow();
}
