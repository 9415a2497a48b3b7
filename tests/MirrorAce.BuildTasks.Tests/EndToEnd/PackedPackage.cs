using System.Globalization;
using System.IO.Compression;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

/// <summary>
/// MirrorAce.BuildTasks packed once per test run into a local folder feed, under a version no
/// earlier run used, so no NuGet cache can hand a consumer a stale copy. Every consumer project
/// lives under <see cref="Root"/>, deleted when the end-to-end collection is done.
/// </summary>
public sealed class PackedPackage : IAsyncLifetime
{
    /// <summary>A folder of this test run; the feed and every consumer live under it.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "mirrorace-tests", "msbuild-" + Guid.NewGuid().ToString("N")[..12]);

    public string Feed => Path.Combine(Root, "feed");

    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    public string NupkgPath => Path.Combine(Feed, $"MirrorAce.BuildTasks.{Version}.nupkg");

    public ZipArchive OpenNupkg() => ZipFile.OpenRead(NupkgPath);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        // The test project's build already built the task project in this configuration; packing it
        // without building again keeps the run short and packs exactly what the unit tests ran.
        var result = await Dotnet.RunAsync(Repository.Root, new Dictionary<string, string?>(),
            ["pack", Repository.TaskProject, "-c", Repository.Configuration, "--no-build", "--no-restore",
             "-o", Feed, $"-p:Version={Version}", $"-p:NuspecOutputPath={Path.Combine(Root, "nuspec")}/", .. Dotnet.QuietBuild]);
        if (result.ExitCode != 0 || !File.Exists(NupkgPath))
            throw new InvalidOperationException("Packing MirrorAce.BuildTasks failed: " + Dotnet.Describe(result));
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }
}
