using MirrorAce.Sandbox;

namespace MirrorAce.Conformance.Tests;

/// <summary>
/// What one scenario runs against in one door: a strict sandbox of its own (taking the task harness's credentials, which
/// the processes are given too), a workspace, and a per-user cache folder outside it that the runs of the scenario share.
/// </summary>
public sealed class ScenarioRun : IAsyncDisposable
{
    /// <summary>The repository whose release the doors list the files in.</summary>
    public const string Repository = "octo-org/octo-app";

    private readonly TempDirectory _home = new();

    private ScenarioRun(SandboxServer sandbox) => Sandbox = sandbox;

    public SandboxServer Sandbox { get; }

    /// <summary>Where the files are and the doors start (the CLI's working folder, the task's base, the action's workspace).</summary>
    public TempDirectory Workspace { get; } = new();

    /// <summary>XDG_CACHE_HOME for every door: the per-user upload cache lives here, never in the real user's.</summary>
    public string CacheHome => Path.Combine(_home.Path, "cache");

    /// <summary>The sandbox release the scenario made, if any.</summary>
    public long? ReleaseId { get; set; }

    public static async Task<ScenarioRun> StartAsync(Action<SandboxOptions>? configure)
    {
        // Touching the harness sets the process's MirrorAce credentials, which the in-process task reads.
        _ = TaskHarness.GitHubWriteToken;
        var sandbox = await TestSandbox.StartAsync(options =>
        {
            options.ApiKey = TaskHarness.ApiKey;
            options.ApiToken = TaskHarness.ApiToken;
            configure?.Invoke(options);
        });
        return new ScenarioRun(sandbox);
    }

    public async ValueTask DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        Workspace.Dispose();
        _home.Dispose();
    }
}
