using Microsoft.Build.Framework;

namespace MirrorAce.Conformance.Tests;

/// <summary>
/// The MSBuild task in-process, with items as a project's glob makes them (<c>dist/**</c> takes hidden files too, so
/// leaving them out is the engine's business), the per-user cache in the run's folder, and no obj/ cache.
/// </summary>
public sealed class TaskDoor : IDoor
{
    public string Name => "msbuild";

    public string SplitSetting => "MirrorAceSplit";

    public async Task<DoorOutcome> RunAsync(Scenario scenario, ScenarioRun run)
    {
        var engine = new RecordingBuildEngine();
        var items = scenario.Files.SelectMany(path => Expand(run.Workspace.Path, path)).Select(p => TaskHarness.Item(p)).ToArray();
        var task = TaskHarness.CreateTask(run.Sandbox, run.Workspace, engine, items).WithUserCacheIn(run.CacheHome);
        if (scenario.LinksFile is { } links) task.LinksFile = links;
        if (scenario.ReleaseTag is { } tag)
        {
            TaskHarness.WriteReleaseNotes(task, run.Sandbox, tag);
            task.GitHubRepository = ScenarioRun.Repository;
        }

        var succeeded = await Task.Run(task.Execute);

        var errors = engine.Errors;
        return new DoorOutcome(
            succeeded,
            errors.Select(e => e.Code).ToList(),
            task.UploadedFiles.Select(i => i.GetMetadata("Name")).ToList(),
            task.UploadedFiles.Count(i => i.GetMetadata("Reused") == "true"),
            errors.Select(e => e.Message ?? "").ToList(),
            $"Execute() {succeeded}\n" + string.Join('\n', engine.Events.Select(e => Describe(e.Event))));
    }

    // A folder as <MirrorAceFile Include="dist/**" /> gives it: every file beneath, hidden ones included.
    private static IEnumerable<string> Expand(string workspace, string path)
    {
        var full = Path.Combine(workspace, path);
        if (!Directory.Exists(full)) return [path];
        var all = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        return Directory.EnumerateFiles(full, "*", all).Select(f => Path.GetRelativePath(workspace, f)).Order(StringComparer.Ordinal);
    }

    private static string Describe(BuildEventArgs e) => e switch
    {
        BuildErrorEventArgs error => $"error {error.Code}: {error.Message}",
        BuildWarningEventArgs warning => $"warning {warning.Code}: {warning.Message}",
        _ => e.Message ?? "",
    };
}
