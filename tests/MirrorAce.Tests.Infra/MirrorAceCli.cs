using CliWrap;
using CliWrap.Buffered;
using MirrorAce.Sandbox;

namespace MirrorAce.Tests.Infra;

/// <summary>
/// Runs the real <c>mirrorace</c> program as a process, the way a user's shell would: the build of
/// src/MirrorAce.Cli through <c>dotnet</c>, or the native executable MIRRORACE_TEST_CLI names
/// (to run every CLI test against the Native AOT build the linux-x64 tool package ships).
/// </summary>
public static class MirrorAceCli
{
    // (program, leading arguments): "dotnet mirrorace.dll ..." or "/path/to/mirrorace ...".
    private static (string Program, string[] Leading) Target { get; } = Locate();

    private static (string, string[]) Locate()
    {
        if (Environment.GetEnvironmentVariable("MIRRORACE_TEST_CLI") is { Length: > 0 } native)
            return File.Exists(native) ? (Path.GetFullPath(native), []) : throw new FileNotFoundException("MIRRORACE_TEST_CLI names no file.", native);
        // tests/MirrorAce.Tests/bin/<Configuration>/<tfm>/ → src/MirrorAce.Cli/bin/<Configuration>/<tfm>/mirrorace.dll
        var tfm = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = tfm.Parent!;
        var repository = configuration.Parent!.Parent!.Parent!.Parent!;
        var path = Path.Combine(repository.FullName, "src", "MirrorAce.Cli", "bin", configuration.Name, tfm.Name, "mirrorace.dll");
        return File.Exists(path) ? ("dotnet", [path]) : throw new FileNotFoundException("Build src/MirrorAce.Cli first.", path);
    }

    public static async Task<BufferedCommandResult> RunAsync(string workingDirectory, SandboxServer? sandbox, params string[] arguments) =>
        await RunAsync(workingDirectory, sandbox, new Dictionary<string, string?>(), arguments);

    public static Task<BufferedCommandResult> RunAsync(string workingDirectory, SandboxServer? sandbox,
        IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return Command(workingDirectory, sandbox, environment, arguments).ExecuteBufferedAsync(timeout.Token);
    }

    /// <summary>Runs the program and sends it SIGINT, as Ctrl+C does, after <paramref name="interruptAfter"/>.</summary>
    public static Task<(int ExitCode, string StandardOutput, string StandardError)> RunInterruptedAsync(
        string workingDirectory, SandboxServer? sandbox, TimeSpan interruptAfter, params string[] arguments)
    {
        var at = DateTime.UtcNow + interruptAfter;
        return RunInterruptedWhenAsync(workingDirectory, sandbox, () => DateTime.UtcNow >= at, arguments);
    }

    /// <summary>Runs the program and sends it SIGINT, as Ctrl+C does, once <paramref name="when"/> holds (or after a minute).</summary>
    public static async Task<(int ExitCode, string StandardOutput, string StandardError)> RunInterruptedWhenAsync(
        string workingDirectory, SandboxServer? sandbox, Func<bool> when, params string[] arguments)
    {
        // CliWrap reports a graceful cancellation as an exception and drops the output, which is what we want to see.
        var command = Command(workingDirectory, sandbox, new Dictionary<string, string?>(), arguments);
        var start = new System.Diagnostics.ProcessStartInfo(command.TargetFilePath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in ArgumentsOf(sandbox, arguments)) start.ArgumentList.Add(argument);
        foreach (var (key, value) in command.EnvironmentVariables) start.Environment[key] = value;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!when() && !process.HasExited && DateTime.UtcNow < deadline)
            await Task.Delay(10);
        await CliWrap.Cli.Wrap("kill").WithArguments(["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            .WithValidation(CommandResultValidation.None).ExecuteAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs the program and kills it outright (SIGKILL, as a CI timeout does) once <paramref name="when"/> holds; false if it ended first.</summary>
    public static async Task<bool> RunKilledAsync(string workingDirectory, SandboxServer? sandbox, Func<bool> when, params string[] arguments)
    {
        var command = Command(workingDirectory, sandbox, new Dictionary<string, string?>(), arguments);
        var start = new System.Diagnostics.ProcessStartInfo(command.TargetFilePath) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true };
        foreach (var argument in ArgumentsOf(sandbox, arguments)) start.ArgumentList.Add(argument);
        foreach (var (key, value) in command.EnvironmentVariables) start.Environment[key] = value;
        using var process = System.Diagnostics.Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!when() && !process.HasExited && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        if (process.HasExited) return false;
        process.Kill();
        await process.WaitForExitAsync();
        return true;
    }

    private static List<string> ArgumentsOf(SandboxServer? sandbox, string[] arguments)
    {
        var args = new List<string>(Target.Leading);
        args.AddRange(arguments);
        if (sandbox is not null && arguments.Length > 0 && arguments[0] == "upload")
            args.AddRange(["--api-url", sandbox.ApiUrl.AbsoluteUri]);
        return args;
    }

    /// <summary>
    /// Runs the program as the unprivileged user <c>nobody</c> (through <c>setpriv</c>), so that file permissions
    /// apply even when the tests run as root, as CI does; null when that cannot be done here (no setpriv, not root,
    /// or the program lies where nobody may read it).
    /// </summary>
    public static async Task<BufferedCommandResult?> RunAsNobodyAsync(string workingDirectory, SandboxServer? sandbox, params string[] arguments)
    {
        if (OperatingSystem.IsWindows() || Environment.UserName != "root" || !File.Exists("/usr/bin/setpriv") || !OthersMayRead(Target.Leading.FirstOrDefault() ?? Target.Program))
            return null;
        var command = Command(workingDirectory, sandbox, new Dictionary<string, string?>(), arguments);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await command.WithTargetFile("/usr/bin/setpriv")
            .WithArguments(["--reuid=65534", "--regid=65534", "--clear-groups", Target.Program, .. ArgumentsOf(sandbox, arguments)])
            .ExecuteBufferedAsync(timeout.Token);
    }

    // Every folder on the way must let others through, and the file let them read.
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool OthersMayRead(string path)
    {
        if (!Path.IsPathRooted(path)) return true;
        if ((File.GetUnixFileMode(path) & UnixFileMode.OtherRead) == 0) return false;
        for (var dir = Path.GetDirectoryName(path); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
            if ((File.GetUnixFileMode(dir) & UnixFileMode.OtherExecute) == 0) return false;
        return true;
    }

    /// <summary>The folder the CLI keeps its per-user cache in (as <c>XDG_CACHE_HOME</c>) when run in <paramref name="workingDirectory"/>.</summary>
    public static string UserCacheOf(string workingDirectory) =>
        Path.Combine(Path.GetTempPath(), "mirrorace-test-user-cache", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(workingDirectory))))[..16]);

    private static Command Command(string workingDirectory, SandboxServer? sandbox,
        IReadOnlyDictionary<string, string?> environment, string[] arguments)
    {
        var env = new Dictionary<string, string?>
        {
            ["MIRRORACE_API_KEY"] = sandbox?.Options.ApiKey,
            ["MIRRORACE_API_TOKEN"] = sandbox?.Options.ApiToken,
            ["DOTNET_NOLOGO"] = "1",
            // The per-user upload cache of one "user" per working folder: runs in one folder share it, tests never share the real one.
            ["XDG_CACHE_HOME"] = UserCacheOf(workingDirectory),
        };
        foreach (var (key, value) in environment) env[key] = value;
        return CliWrap.Cli.Wrap(Target.Program)
            .WithArguments(ArgumentsOf(sandbox, arguments))
            .WithWorkingDirectory(workingDirectory)
            .WithEnvironmentVariables(env)
            .WithValidation(CommandResultValidation.None);
    }
}
