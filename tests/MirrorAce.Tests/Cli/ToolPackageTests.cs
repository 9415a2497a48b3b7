using System.Runtime.InteropServices;
using CliWrap;
using CliWrap.Buffered;
using MirrorAce.Output;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli;

public class ToolPackageTests(PackedTool packed) : IClassFixture<PackedTool>
{
    [Fact]
    public async Task The_tool_installs_as_mirrorace_and_is_the_native_build_on_linux_x64()
    {
        using var dir = new TempDirectory();
        var tools = Path.Combine(dir.Path, "tools");

        var install = await packed.InstallAsync("MirrorAce.Cli", tools);

        Assert.True(install.ExitCode == 0, install.StandardOutput + install.StandardError);
        var command = new FileInfo(Path.Combine(tools, OperatingSystem.IsWindows() ? "mirrorace.exe" : "mirrorace"));
        var program = command.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? command;
        if (PackedTool.HasNativeBuild)
        {
            // The native build is one self-contained executable: no managed assembly beside it, no runtime needed.
            Assert.Contains("mirrorace.cli.linux-x64", program.FullName, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(program.DirectoryName!, "mirrorace.dll")), "the linux-x64 package holds a managed build");
            Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(program.FullName)[..4]);
        }
        await UploadsWithAsync(command.FullName, dir);
    }

    [Fact]
    public async Task The_portable_package_runs_on_the_dotnet_runtime_where_no_native_build_is_offered()
    {
        using var dir = new TempDirectory();
        var tools = Path.Combine(dir.Path, "tools");

        // What `dotnet tool install MirrorAce.Cli` picks on a platform the package has no native build for.
        var install = await packed.InstallAsync("MirrorAce.Cli.any", tools);

        Assert.True(install.ExitCode == 0, install.StandardOutput + install.StandardError);
        Assert.Single(Directory.GetFiles(Path.Combine(tools, ".store"), "mirrorace.dll", SearchOption.AllDirectories));
        await UploadsWithAsync(Path.Combine(tools, OperatingSystem.IsWindows() ? "mirrorace.exe" : "mirrorace"), dir);
    }

    /// <summary>Uploads a file in several chunks with the installed command and checks what the server stored.</summary>
    private static async Task UploadsWithAsync(string command, TempDirectory dir)
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = 1 << 20);
        var file = dir.CreateFile("release.zip", 2_500_000);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        var upload = await CliWrap.Cli.Wrap(command)
            .WithArguments(["upload", "release.zip", "--api-url", sandbox.ApiUrl.AbsoluteUri, "--links-json", "links.json"])
            .WithWorkingDirectory(dir.Path)
            // The installed tool keeps its per-user cache in a test folder, never the real user's.
            .WithEnvironmentVariables(e => e.Set("MIRRORACE_API_KEY", sandbox.Options.ApiKey).Set("MIRRORACE_API_TOKEN", sandbox.Options.ApiToken)
                .Set("XDG_CACHE_HOME", MirrorAceCli.UserCacheOf(dir.Path)))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(timeout.Token);

        Assert.True(upload.ExitCode == 0, upload.StandardOutput + upload.StandardError);
        var link = Assert.Single(LinksJson.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json"))));
        Assert.Equal(TempDirectory.Sha256Of(file), sandbox.FindBySlug(link.Slug)!.Sha256);
        Assert.Equal(TempDirectory.Sha256Of(file), link.Sha256);
    }
}

/// <summary>
/// The tool packed as a release packs it: the pointer package MirrorAce.Cli, the portable MirrorAce.Cli.any
/// and, on linux-x64, the Native AOT MirrorAce.Cli.linux-x64. Packed from a copy of the sources, so its
/// builds (another configuration, a version of its own) never race the test run's own outputs.
/// </summary>
public sealed class PackedTool : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();

    // A version of its own, so no NuGet cache can hand back an older build.
    private readonly string _version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";

    /// <summary>Whether this machine is one the package has a native build for (and can compile it: Native AOT does not cross operating systems).</summary>
    public static bool HasNativeBuild => OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64;

    private string Feed => Path.Combine(_dir.Path, "feed");

    public async Task InitializeAsync()
    {
        var repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        var source = Path.Combine(_dir.Path, "source");
        // eng/icon.png: the package icon that Directory.Build.props adds to every package.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "eng/icon.png" })
            CopyInto(Path.Combine(repository, file), Path.Combine(source, file));
        foreach (var project in new[] { "MirrorAce.Core", "MirrorAce.GitHub", "MirrorAce.Cli" })
            CopyProject(Path.Combine(repository, "src", project), Path.Combine(source, "src", project));

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        var cli = Path.Combine(source, "src", "MirrorAce.Cli");
        string[] common = ["-c", "Release", "-o", Feed, $"-p:Version={_version}", "-nologo"];
        await PackAsync([cli, .. common], source, timeout.Token);
        await PackAsync([cli, "-r", "any", .. common], source, timeout.Token);
        if (HasNativeBuild)
            await PackAsync([cli, "-r", "linux-x64", .. common], source, timeout.Token);
    }

    /// <summary>Installs <paramref name="packageId"/> from the packed feed into <paramref name="toolPath"/>.</summary>
    public async Task<BufferedCommandResult> InstallAsync(string packageId, string toolPath)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await Dotnet(["tool", "install", packageId, "--tool-path", toolPath, "--add-source", Feed, "--version", _version], _dir.Path)
            .ExecuteBufferedAsync(timeout.Token);
    }

    private static async Task PackAsync(string[] arguments, string directory, CancellationToken ct)
    {
        var pack = await Dotnet(["pack", .. arguments], directory).ExecuteBufferedAsync(ct);
        if (pack.ExitCode != 0)
            throw new InvalidOperationException($"dotnet pack {string.Join(' ', arguments)} failed:\n{pack.StandardOutput}{pack.StandardError}");
    }

    private static Command Dotnet(string[] arguments, string directory) =>
        CliWrap.Cli.Wrap("dotnet").WithArguments(arguments).WithWorkingDirectory(directory)
            .WithEnvironmentVariables(e => e.Set("DOTNET_NOLOGO", "1").Set("DOTNET_CLI_TELEMETRY_OPTOUT", "1"))
            .WithValidation(CommandResultValidation.None);

    private static void CopyProject(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj") continue;
            CopyInto(file, Path.Combine(to, relative));
        }
    }

    private static void CopyInto(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _dir.Dispose();
}
