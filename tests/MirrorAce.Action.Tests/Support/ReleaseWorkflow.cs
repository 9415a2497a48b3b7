using System.Text.Json.Nodes;

namespace MirrorAce.Action.Tests.Support;

/// <summary>.github/workflows/release.yml as JSON, with its jobs and steps by name.</summary>
public static class ReleaseWorkflow
{
    public const string Path = ".github/workflows/release.yml";

    public static JsonObject Document => YamlToJson.Load(Repository.Read(Path))!.AsObject();

    public static JsonObject Job(string name) => Document["jobs"]![name]!.AsObject();

    public static List<JsonObject> Steps(string job) => Job(job)["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();

    /// <summary>The index of the first step of <paramref name="job"/> that uses <paramref name="action"/> (without @version) or whose run script contains <paramref name="run"/>.</summary>
    public static int IndexOf(string job, string? action = null, string? run = null)
    {
        var steps = Steps(job);
        var index = steps.FindIndex(s =>
            (action is not null && ((string?)s["uses"])?.Split('@')[0] == action) ||
            (run is not null && ((string?)s["run"])?.Contains(run, StringComparison.Ordinal) == true));
        Assert.True(index >= 0, $"job '{job}' has no step {(action is not null ? "using " + action : "running " + run)}");
        return index;
    }

    public static IReadOnlyList<string> Needs(string job) => Job(job)["needs"] switch
    {
        null => [],
        JsonArray many => many.Select(n => (string)n!).ToList(),
        var one => [(string)one!],
    };
}
