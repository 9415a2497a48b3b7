using CliWrap;
using CliWrap.Buffered;

namespace MirrorAce.Action.Tests.Support;

/// <summary>Runs the repository's bash scripts (eng/*.sh) as the release workflow does.</summary>
public static class Bash
{
    public static async Task<BufferedCommandResult> RunAsync(string script, IEnumerable<string> arguments, string? workingDirectory = null,
        TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(1));
        return await Cli.Wrap("bash")
            .WithArguments([script, .. arguments])
            .WithWorkingDirectory(workingDirectory ?? Repository.Root)
            .WithEnvironmentVariables(e => e.Set("DOTNET_NOLOGO", "1").Set("DOTNET_CLI_TELEMETRY_OPTOUT", "1"))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(cancel.Token);
    }
}
