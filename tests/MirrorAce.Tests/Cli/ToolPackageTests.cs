using CliWrap;
using CliWrap.Buffered;
using MirrorAce.Output;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli;

public class ToolPackageTests
{
    [Fact]
    public async Task The_packed_dotnet_tool_installs_and_uploads_as_mirrorace()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        var feed = Path.Combine(dir.Path, "feed");
        var tools = Path.Combine(dir.Path, "tools");
        // A version of its own, so no NuGet cache can hand back an older build.
        var version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        // --no-build packs what the test run already built: building again here could race other test projects' builds.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var pack = await Wrap("dotnet", ["pack", Path.Combine(repository, "src", "MirrorAce.Cli"), "--no-build", "-c", configuration, "-o", feed,
            $"-p:Version={version}", "-nologo"], dir.Path, timeout.Token);
        var install = await Wrap("dotnet", ["tool", "install", "MirrorAce.Cli", "--tool-path", tools, "--add-source", feed, "--version", version], dir.Path, timeout.Token);
        var file = dir.CreateFile("release.zip", 70_000);
        var upload = await CliWrap.Cli.Wrap(Path.Combine(tools, OperatingSystem.IsWindows() ? "mirrorace.exe" : "mirrorace"))
            .WithArguments(["upload", "release.zip", "--api-url", sandbox.ApiUrl.AbsoluteUri, "--links-json", "links.json"])
            .WithWorkingDirectory(dir.Path)
            .WithEnvironmentVariables(e => e.Set("MIRRORACE_API_KEY", sandbox.Options.ApiKey).Set("MIRRORACE_API_TOKEN", sandbox.Options.ApiToken))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(timeout.Token);

        Assert.True(pack.ExitCode == 0, pack.StandardOutput + pack.StandardError);
        Assert.True(install.ExitCode == 0, install.StandardOutput + install.StandardError);
        Assert.True(upload.ExitCode == 0, upload.StandardOutput + upload.StandardError);
        var link = Assert.Single(LinksJson.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json"))));
        Assert.Equal(TempDirectory.Sha256Of(file), sandbox.FindBySlug(link.Slug)!.Sha256);
    }

    private static Task<BufferedCommandResult> Wrap(string program, string[] arguments, string directory, CancellationToken ct) =>
        CliWrap.Cli.Wrap(program).WithArguments(arguments).WithWorkingDirectory(directory)
            .WithEnvironmentVariables(e => e.Set("DOTNET_NOLOGO", "1").Set("DOTNET_CLI_TELEMETRY_OPTOUT", "1"))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(ct);
}
