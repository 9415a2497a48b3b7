using CliWrap;
using CliWrap.Buffered;

namespace MirrorAce.Action.Tests.Composite.Support;

/// <summary>
/// A local NuGet feed holding the mirrorace tool as a release packs it (the MirrorAce.Cli pointer package
/// and the portable MirrorAce.Cli.any), for the composite action to install from. Packed from a copy of
/// the sources, so these builds never race the test run's own outputs.
/// </summary>
/// <remarks>
/// The pointer lists only the portable build: the Native AOT one takes minutes to compile and is
/// covered by MirrorAce.Tests' ToolPackageTests; the composite action installs whichever the pointer offers.
/// The version is stable (no pre-release label) so a floating tag (v0, v0.N) can be tested, and unique,
/// so no NuGet cache can hand back an older build.
/// </remarks>
public sealed class ToolFeed : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();

    public int Minor { get; } = int.Parse(DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    public int Patch { get; } = int.Parse(DateTime.UtcNow.ToString("HHmmssfff", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The version packed: 0.yyyyMMdd.HHmmssfff.</summary>
    public string Version => $"0.{Minor}.{Patch}";

    public string Path => System.IO.Path.Combine(_dir.Path, "feed");

    public async Task InitializeAsync()
    {
        var source = System.IO.Path.Combine(_dir.Path, "source");
        // eng/icon.png: the package icon that Directory.Build.props adds to every package.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "eng/icon.png" })
            CopyInto(Repository.PathOf(file), System.IO.Path.Combine(source, file));
        // MirrorAce.GitHub too: without it the pack of the copy silently drops the reference and the tool cannot start.
        foreach (var project in new[] { "MirrorAce.Core", "MirrorAce.GitHub", "MirrorAce.Cli" })
            CopyProject(Repository.PathOf(System.IO.Path.Combine("src", project)), System.IO.Path.Combine(source, "src", project));

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        var cli = System.IO.Path.Combine(source, "src", "MirrorAce.Cli");
        string[] common = ["-c", "Release", "-o", Path, $"-p:Version={Version}", "-nologo",
            // Assembly versions allow 65535 per part; only the package needs the date in its version.
            "-p:AssemblyVersion=0.1.0.0", "-p:FileVersion=0.1.0.0"];
        await PackAsync([cli, "-p:ToolPackageRuntimeIdentifiers=any", .. common], source, timeout.Token);
        await PackAsync([cli, "-r", "any", .. common], source, timeout.Token);
    }

    private static async Task PackAsync(string[] arguments, string directory, CancellationToken ct)
    {
        var pack = await CliWrap.Cli.Wrap("dotnet").WithArguments(["pack", .. arguments]).WithWorkingDirectory(directory)
            .WithEnvironmentVariables(e => e.Set("DOTNET_NOLOGO", "1").Set("DOTNET_CLI_TELEMETRY_OPTOUT", "1"))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(ct);
        if (pack.ExitCode != 0)
            throw new InvalidOperationException($"dotnet pack {string.Join(' ', arguments)} failed:\n{pack.StandardOutput}{pack.StandardError}");
    }

    private static void CopyProject(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(from, file);
            if (relative.Split(System.IO.Path.DirectorySeparatorChar)[0] is "bin" or "obj") continue;
            CopyInto(file, System.IO.Path.Combine(to, relative));
        }
    }

    private static void CopyInto(string from, string to)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _dir.Dispose();
}
