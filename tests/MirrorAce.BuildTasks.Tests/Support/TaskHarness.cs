using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.BuildTasks.Tests.Support;

/// <summary>
/// Runs the task in-process against a sandbox. The task reads its credentials from the process
/// environment, as in a real build; every test uses the same distinctive fake ones, set once,
/// so tests running in parallel never see each other's.
/// </summary>
public static class TaskHarness
{
    public const string ApiKey = "msb-secret-key-4c1d";
    public const string ApiToken = "msb-secret-token-7f3e";

    static TaskHarness()
    {
        Environment.SetEnvironmentVariable(MirrorAceCredentials.ApiKeyVariable, ApiKey);
        Environment.SetEnvironmentVariable(MirrorAceCredentials.ApiTokenVariable, ApiToken);
    }

    public static Task<SandboxServer> StartSandboxAsync(Action<SandboxOptions>? configure = null)
    {
        var options = new SandboxOptions { ApiKey = ApiKey, ApiToken = ApiToken };
        configure?.Invoke(options);
        return SandboxServer.StartAsync(options);
    }

    public static MirrorAceUpload CreateTask(SandboxServer sandbox, TempDirectory folder, RecordingBuildEngine engine, params ITaskItem[] files) => new()
    {
        BuildEngine = engine,
        Files = files,
        ApiUrl = sandbox.ApiUrl.AbsoluteUri,
        BaseDirectory = folder.Path,
    };

    /// <summary>An item for <paramref name="path"/> as MSBuild would make it: item specs are stored escaped.</summary>
    public static ITaskItem Item(string path, string? mirrors = null)
    {
        var item = new TaskItem(MSBuildEscaping.Escape(path));
        if (mirrors is not null) item.SetMetadata("Mirrors", mirrors);
        return item;
    }
}
