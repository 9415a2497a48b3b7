using System.Globalization;
using System.IO.Compression;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

/// <summary>
/// MirrorAce.BuildTasks packed once per test run into a local folder feed, under a version no
/// earlier run used, so no NuGet cache can hand a consumer a stale copy.
/// </summary>
public sealed class PackedPackage
{
    private static readonly Lazy<Task<PackedPackage>> Instance = new(PackAsync);

    private PackedPackage(string root, string version)
    {
        Root = root;
        Version = version;
    }

    public static Task<PackedPackage> SharedAsync() => Instance.Value;

    /// <summary>A folder of this test run; the feed and every consumer live under it.</summary>
    public string Root { get; }

    public string Feed => Path.Combine(Root, "feed");

    public string Version { get; }

    public string NupkgPath => Path.Combine(Feed, $"MirrorAce.BuildTasks.{Version}.nupkg");

    public ZipArchive OpenNupkg() => ZipFile.OpenRead(NupkgPath);

    private static async Task<PackedPackage> PackAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "mirrorace-tests", "msbuild-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        var version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

        // The test project's build already built the task project in this configuration; packing it
        // without building again keeps the run short and packs exactly what the unit tests ran.
        var result = await Dotnet.RunAsync(Repository.Root, new Dictionary<string, string?>(),
            ["pack", Repository.TaskProject, "-c", Repository.Configuration, "--no-build", "--no-restore",
             "-o", Path.Combine(root, "feed"), $"-p:Version={version}", $"-p:NuspecOutputPath={Path.Combine(root, "nuspec")}/", .. Dotnet.QuietBuild]);
        var package = new PackedPackage(root, version);
        if (result.ExitCode != 0 || !File.Exists(package.NupkgPath))
            throw new InvalidOperationException("Packing MirrorAce.BuildTasks failed: " + Dotnet.Describe(result));
        return package;
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
