using CliWrap;
using CliWrap.Buffered;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

/// <summary>
/// Runs the real <c>dotnet</c> CLI as a child process, the way a developer or CI would. No build
/// server and no node reuse: nothing may outlive the test holding the task assembly open.
/// </summary>
public static class Dotnet
{
    /// <summary>Build switches every child build gets.</summary>
    public static readonly string[] QuietBuild = ["-nodeReuse:false", "--disable-build-servers", "-clp:NoSummary"];

    public static async Task<BufferedCommandResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var env = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            // What `dotnet test` sets for its own build must not steer the child's.
            ["MSBuildExtensionsPath"] = null,
            ["MSBuildSDKsPath"] = null,
            ["MSBUILD_EXE_PATH"] = null,
            // The task reads these itself; only tests that mean to pass them do.
            ["MIRRORACE_API_KEY"] = null,
            ["MIRRORACE_API_TOKEN"] = null,
            // A test run inside a GitHub Actions job has these; the package's defaults would aim a child build at that job's repository.
            ["GITHUB_TOKEN"] = null,
            ["GITHUB_REPOSITORY"] = null,
            ["GITHUB_API_URL"] = null,
            ["GITHUB_EVENT_PATH"] = null,
        };
        foreach (var (key, value) in environment) env[key] = value;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await Cli.Wrap("dotnet")
            .WithArguments(arguments)
            .WithWorkingDirectory(workingDirectory)
            .WithEnvironmentVariables(env)
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(timeout.Token);
    }

    public static string Describe(BufferedCommandResult result) =>
        $"exit code {result.ExitCode}\n--- stdout ---\n{result.StandardOutput}\n--- stderr ---\n{result.StandardError}";
}
