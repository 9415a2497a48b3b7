using System.Text.RegularExpressions;
using CliWrap.Buffered;
using MirrorAce.Sandbox;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

/// <summary>
/// A user's project in a folder of its own: a NuGet.config that sees only the test feed, and a
/// packages folder of its own, so restore neither reads nor pollutes the machine's NuGet cache.
/// </summary>
public sealed partial class ConsumerProject
{
    private readonly string _packages;

    private ConsumerProject(string root)
    {
        Root = root;
        Directory = System.IO.Path.Combine(root, "project");
        Logs = System.IO.Path.Combine(root, "logs");
        _packages = System.IO.Path.Combine(root, "packages");
        System.IO.Directory.CreateDirectory(Directory);
        System.IO.Directory.CreateDirectory(Logs);
    }

    public string Root { get; }

    /// <summary>The project's folder.</summary>
    public string Directory { get; }

    /// <summary>Where builds write binary and diagnostic logs, outside the project.</summary>
    public string Logs { get; }

    /// <summary>The <c>XDG_CACHE_HOME</c> of the project's builds: the per-user upload cache is <c>mirrorace/uploads.json</c> below it.</summary>
    public string UserCacheHome => System.IO.Path.Combine(Root, "user-cache");

    public string PathOf(string relative) => System.IO.Path.Combine(Directory, relative);

    /// <summary>A copy of samples/MirrorAce.Sample referencing the freshly packed version.</summary>
    public static ConsumerProject FromSample(PackedPackage package)
    {
        var consumer = Create(package);
        CopyFolder(Repository.SampleProject, consumer.Directory);
        var project = consumer.PathOf("MirrorAce.Sample.csproj");
        var text = File.ReadAllText(project);
        var pinned = PackageReferenceVersion().Replace(text, m => m.Groups[1].Value + package.Version + "\"");
        if (pinned == text)
            throw new InvalidOperationException("The sample no longer has a PackageReference to MirrorAce.BuildTasks with a Version.");
        File.WriteAllText(project, pinned);
        return consumer;
    }

    /// <summary>A project written by the test; <c>{Version}</c> in it becomes the packed version.</summary>
    public static ConsumerProject FromText(PackedPackage package, string fileName, string projectText)
    {
        var consumer = Create(package);
        File.WriteAllText(consumer.PathOf(fileName), projectText.Replace("{Version}", package.Version, StringComparison.Ordinal));
        return consumer;
    }

    public void WriteFile(string relative, string text)
    {
        var full = PathOf(relative);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Runs <c>dotnet</c> in the project with the sandbox's URL and, when given, its credentials in the environment.</summary>
    public Task<BufferedCommandResult> DotnetAsync(SandboxServer sandbox, bool withCredentials, params string[] arguments) =>
        DotnetAsync(sandbox, withCredentials, new Dictionary<string, string?>(), arguments);

    /// <summary>As above, with more environment variables (GitHub's, for release notes).</summary>
    public Task<BufferedCommandResult> DotnetAsync(SandboxServer sandbox, bool withCredentials, IReadOnlyDictionary<string, string?> more, params string[] arguments)
    {
        // A per-user upload cache of the project's own: the real user's is never read or written by a test build.
        var environment = new Dictionary<string, string?>(more) { ["NUGET_PACKAGES"] = _packages, ["XDG_CACHE_HOME"] = UserCacheHome };
        if (withCredentials)
        {
            environment[MirrorAceCredentials.ApiKeyVariable] = TaskHarness.ApiKey;
            environment[MirrorAceCredentials.ApiTokenVariable] = TaskHarness.ApiToken;
        }
        return Dotnet.RunAsync(Directory, environment, [.. arguments, $"-p:MirrorAceApiUrl={sandbox.ApiUrl.AbsoluteUri}", .. Dotnet.QuietBuild]);
    }

    private static ConsumerProject Create(PackedPackage package)
    {
        var consumer = new ConsumerProject(System.IO.Path.Combine(package.Root, "consumer-" + Guid.NewGuid().ToString("N")[..8]));
        File.WriteAllText(consumer.PathOf("NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="mirrorace-test-feed" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
        return consumer;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(from, file);
            var top = relative.Split(System.IO.Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj" or "dist") continue;
            var target = System.IO.Path.Combine(to, relative);
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"(<PackageReference\s+Include=""MirrorAce\.BuildTasks""\s+Version="")[^""]*""")]
    private static partial Regex PackageReferenceVersion();
}
