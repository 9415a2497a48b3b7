using CliWrap;
using CliWrap.Buffered;
using MirrorAce.Sandbox;

namespace MirrorAce.Tests.Support;

/// <summary>Runs the real <c>mirrorace</c> program as a process, the way a user's shell would.</summary>
public static class Cli
{
    // tests/MirrorAce.Tests/bin/<Configuration>/<tfm>/ → src/MirrorAce.Cli/bin/<Configuration>/<tfm>/mirrorace.dll
    private static string Assembly { get; } = Locate();

    private static string Locate()
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = tfm.Parent!;
        var repository = configuration.Parent!.Parent!.Parent!.Parent!;
        var path = Path.Combine(repository.FullName, "src", "MirrorAce.Cli", "bin", configuration.Name, tfm.Name, "mirrorace.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/MirrorAce.Cli first.", path);
    }

    public static async Task<BufferedCommandResult> RunAsync(string workingDirectory, SandboxServer? sandbox, params string[] arguments) =>
        await RunAsync(workingDirectory, sandbox, new Dictionary<string, string?>(), arguments);

    public static async Task<BufferedCommandResult> RunAsync(string workingDirectory, SandboxServer? sandbox,
        IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var env = new Dictionary<string, string?>
        {
            ["MIRRORACE_API_KEY"] = sandbox?.Options.ApiKey,
            ["MIRRORACE_API_TOKEN"] = sandbox?.Options.ApiToken,
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (key, value) in environment) env[key] = value;
        var args = new List<string> { Assembly };
        args.AddRange(arguments);
        if (sandbox is not null && arguments.Length > 0 && arguments[0] == "upload")
            args.AddRange(["--api-url", sandbox.ApiUrl.AbsoluteUri]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await CliWrap.Cli.Wrap("dotnet")
            .WithArguments(args)
            .WithWorkingDirectory(workingDirectory)
            .WithEnvironmentVariables(env)
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(timeout.Token);
    }
}
