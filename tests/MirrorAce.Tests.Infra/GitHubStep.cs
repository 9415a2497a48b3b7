using System.Collections;
using CliWrap;
using CliWrap.Buffered;
using MirrorAce.Sandbox;

namespace MirrorAce.Tests.Infra;

/// <summary>
/// One step of a job as the runner sets it up for a Docker action, with the entrypoint run as a
/// process: a workspace, empty output and summary files, an event payload, INPUT_* variables.
/// </summary>
public sealed class GitHubStep : IDisposable
{
    private readonly TempDirectory _runner = new();

    public GitHubStep()
    {
        Directory.CreateDirectory(Path.Combine(_runner.Path, "file_commands"));
    }

    /// <summary>The repository the workflow runs in, where the sandbox's releases are added.</summary>
    public const string RepositoryName = "octo-org/octo-app";

    /// <summary>The checked-out repository; the entrypoint runs here.</summary>
    public TempDirectory Workspace { get; } = new();

    public string OutputPath => Path.Combine(_runner.Path, "file_commands", "set_output");

    public string SummaryPath => Path.Combine(_runner.Path, "file_commands", "step_summary");

    public string EventPath => Path.Combine(_runner.Path, "event.json");

    /// <summary>XDG_CACHE_HOME of the step: the per-user upload cache lives here, shared by the runs of one step, never the real user's.</summary>
    public string CacheHome => Path.Combine(_runner.Path, "cache");

    /// <summary>The <c>with:</c> of the step, by input name.</summary>
    public Dictionary<string, string?> Inputs { get; } = new(StringComparer.Ordinal);

    public string EventName { get; set; } = "push";

    public string EventPayload { get; set; } = """{"ref":"refs/heads/main"}""";

    /// <summary>Where the process starts; GitHub starts it in the workspace.</summary>
    public string? WorkingDirectory { get; set; }

    /// <summary>GITHUB_API_URL; by default a closed port, so a test that does not expect GitHub to be called fails if it is.</summary>
    public string GitHubApiUrl { get; set; } = "http://127.0.0.1:9/api/v3";

    /// <summary>GITHUB_SHA, the commit the workflow runs at; null leaves it unset.</summary>
    public string? Sha { get; set; }

    /// <summary>Variables set last, over the step's own (GITHUB_OUTPUT pointed somewhere unwritable, say).</summary>
    public Dictionary<string, string?> EnvironmentOverrides { get; } = new(StringComparer.Ordinal);

    /// <summary>How the runner passes input <paramref name="name"/> to a Docker action: upper-cased, spaces turned into underscores.</summary>
    public static string InputVariable(string name) => "INPUT_" + name.Replace(' ', '_').ToUpperInvariant();

    /// <summary>Sets the three inputs every step needs for <paramref name="sandbox"/>.</summary>
    public GitHubStep For(SandboxServer sandbox, string files)
    {
        Inputs["files"] = files;
        Inputs["api-key"] = sandbox.Options.ApiKey;
        Inputs["api-token"] = sandbox.Options.ApiToken;
        Inputs["api-url"] = sandbox.ApiUrl.AbsoluteUri;
        return this;
    }

    /// <summary>
    /// Points GITHUB_API_URL at <paramref name="sandbox"/>'s GitHub API, as Actions writes it (no trailing
    /// slash), and passes its write token as github-token; <paramref name="releaseTag"/> goes to release-tag.
    /// </summary>
    public GitHubStep WithRelease(SandboxServer sandbox, string? releaseTag, bool enterprise = false)
    {
        GitHubApiUrl = (enterprise ? sandbox.GitHubEnterpriseApiUrl : sandbox.GitHubApiUrl).AbsoluteUri.TrimEnd('/');
        Inputs["github-token"] = sandbox.GitHub.WriteToken;
        Inputs["release-tag"] = releaseTag;
        return this;
    }

    /// <summary>Runs the entrypoint as a new step would: with empty output and summary files of its own.</summary>
    public async Task<StepResult> RunAsync()
    {
        var environment = await PrepareAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var run = await Cli.Wrap("dotnet")
            .WithArguments([Repository.ActionAssembly])
            .WithWorkingDirectory(WorkingDirectory ?? Workspace.Path)
            .WithEnvironmentVariables(environment)
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(timeout.Token);
        return new StepResult(run.ExitCode, run.StandardOutput, run.StandardError,
            await File.ReadAllBytesAsync(OutputPath), await File.ReadAllTextAsync(SummaryPath));
    }

    /// <summary>
    /// Runs the entrypoint and, once <paramref name="when"/> holds, stops it as a runner cancels a container step: SIGTERM.
    /// <paramref name="stoppedWithin"/> is how long it then took to exit.
    /// </summary>
    public async Task<(StepResult Result, TimeSpan StoppedWithin)> RunTerminatedAsync(Func<bool> when)
    {
        var environment = await PrepareAsync();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WorkingDirectory ?? Workspace.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Repository.ActionAssembly);
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!when() && !process.HasExited && DateTime.UtcNow < deadline)
            await Task.Delay(10);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Cli.Wrap("kill").WithArguments(["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            .WithValidation(CommandResultValidation.None).ExecuteAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var stoppedWithin = clock.Elapsed;
        return (new StepResult(process.ExitCode, await stdout, await stderr,
            await File.ReadAllBytesAsync(OutputPath), await File.ReadAllTextAsync(SummaryPath)), stoppedWithin);
    }

    private async Task<Dictionary<string, string?>> PrepareAsync()
    {
        await File.WriteAllTextAsync(OutputPath, "");
        await File.WriteAllTextAsync(SummaryPath, "");
        await File.WriteAllTextAsync(EventPath, EventPayload);
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        // The test itself may run inside GitHub Actions: none of its own step's variables may leak in.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("INPUT_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("GITHUB_", StringComparison.OrdinalIgnoreCase))
                environment[name] = null;
        }
        environment["GITHUB_ACTIONS"] = "true";
        environment["CI"] = "true";
        environment["GITHUB_WORKSPACE"] = Workspace.Path;
        environment["GITHUB_OUTPUT"] = OutputPath;
        environment["GITHUB_STEP_SUMMARY"] = SummaryPath;
        environment["GITHUB_EVENT_PATH"] = EventPath;
        environment["GITHUB_EVENT_NAME"] = EventName;
        environment["GITHUB_REPOSITORY"] = RepositoryName;
        environment["GITHUB_API_URL"] = GitHubApiUrl;
        environment["DOTNET_NOLOGO"] = "1";
        environment["XDG_CACHE_HOME"] = CacheHome;
        if (Sha is not null) environment["GITHUB_SHA"] = Sha;
        foreach (var (name, value) in Inputs)
            environment[InputVariable(name)] = value;
        foreach (var (name, value) in EnvironmentOverrides)
            environment[name] = value;
        return environment;
    }

    public void Dispose()
    {
        Workspace.Dispose();
        _runner.Dispose();
    }
}
