using System.IO.Compression;
using System.Xml.Linq;
using CliWrap;
using CliWrap.Buffered;
using MirrorAce.Action.Tests.Support;
using Xunit.Abstractions;

namespace MirrorAce.Action.Tests.Release;

/// <summary>
/// eng/pack.sh as the release runs it, on a copy of the sources made a git repository of its own (so the
/// packages' commit is known, and the test run's own build outputs are left alone): four packages, no warning
/// (-warnaserror fails the pack on any), and what nuget.org shows for each.
/// </summary>
public sealed class Every_package_packs_without_a_warning_and_with_its_nuget_org_metadata(
    Every_package_packs_without_a_warning_and_with_its_nuget_org_metadata.Packed packed, ITestOutputHelper output)
    : IClassFixture<Every_package_packs_without_a_warning_and_with_its_nuget_org_metadata.Packed>
{
    private const string ProjectUrl = "https://github.com/mirrorace/mirrorace-buildtasks";

    private static readonly string[] Ids = ["MirrorAce.BuildTasks", "MirrorAce.Cli", "MirrorAce.Cli.any", "MirrorAce.Cli.linux-x64"];

    public static TheoryData<string> Packages() => [.. Ids];

    [Fact]
    public void The_pack_succeeds_with_no_warning_and_gives_the_four_packages()
    {
        output.WriteLine(packed.Log);

        Assert.True(packed.ExitCode == 0, packed.Log);
        Assert.DoesNotContain("warning", packed.Log, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Ids.Select(p => $"{p}.{packed.Version}.nupkg").Order(StringComparer.Ordinal),
            Directory.GetFiles(packed.Feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_package_has_its_readme_licence_icon_links_commit_tags_and_release_notes(string id)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(packed.Feed, $"{id}.{packed.Version}.nupkg"));
        XNamespace ns = XDocument.Load(zip.GetEntry($"{id}.nuspec")!.Open()).Root!.Name.Namespace;
        var metadata = XDocument.Load(zip.GetEntry($"{id}.nuspec")!.Open()).Root!.Element(ns + "metadata")!;
        string? Value(string name) => metadata.Element(ns + name)?.Value;

        Assert.Equal(packed.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", metadata.Element(ns + "license")!.Attribute("type")!.Value);
        Assert.Equal(ProjectUrl, Value("projectUrl"));
        var repository = metadata.Element(ns + "repository")!;
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal(ProjectUrl + ".git", repository.Attribute("url")?.Value);
        Assert.Equal(packed.Commit, repository.Attribute("commit")?.Value);
        Assert.Contains("mirrorace", Value("tags")!.Split(' '));
        Assert.Contains($"{ProjectUrl}/releases/tag/v{packed.Version}", Value("releaseNotes"), StringComparison.Ordinal);

        Assert.Equal("README.md", Value("readme"));
        using (var readme = new StreamReader(zip.GetEntry("README.md")!.Open()))
        {
            var text = readme.ReadToEnd();
            Assert.StartsWith("# ", text, StringComparison.Ordinal);
            Assert.Contains(id.StartsWith("MirrorAce.Cli", StringComparison.Ordinal) ? "dotnet tool install -g MirrorAce.Cli" : "PackageReference Include=\"MirrorAce.BuildTasks\"", text, StringComparison.Ordinal);
        }
        Assert.Equal("icon.png", Value("icon"));
        using var icon = zip.GetEntry("icon.png")!.Open();
        var header = new byte[8];
        icon.ReadExactly(header);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, header);
    }

    /// <summary>The sources eng/pack.sh needs, copied and committed, then packed once for the class.</summary>
    public sealed class Packed : IAsyncLifetime, IDisposable
    {
        private readonly TempDirectory _dir = new();

        // A version of its own, so no NuGet cache can hand back another build.
        public string Version { get; } = $"0.1.0-pack.{DateTime.UtcNow:yyyyMMddHHmmssfff}";

        public string Feed => Path.Combine(_dir.Path, "feed");

        public int ExitCode { get; private set; } = -1;

        public string Log { get; private set; } = "";

        public string Commit { get; private set; } = "";

        private string Source => Path.Combine(_dir.Path, "source");

        public async Task InitializeAsync()
        {
            foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "LICENSE", "eng/icon.png", "eng/pack.sh" })
                CopyInto(Repository.PathOf(file), Path.Combine(Source, file));
            foreach (var project in new[] { "MirrorAce.Core", "MirrorAce.GitHub", "MirrorAce.BuildTasks", "MirrorAce.Cli" })
                CopyProject(Repository.PathOf(Path.Combine("src", project)), Path.Combine(Source, "src", project));
            await GitAsync("init", "--quiet");
            await GitAsync("add", "--all");
            await GitAsync("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "--quiet", "-m", "sources");
            Commit = (await GitAsync("rev-parse", "HEAD")).Trim();

            var pack = await Bash.RunAsync(Path.Combine(Source, "eng", "pack.sh"), [Version, Feed], Source, TimeSpan.FromMinutes(15));
            ExitCode = pack.ExitCode;
            Log = pack.StandardOutput + pack.StandardError;
        }

        private async Task<string> GitAsync(params string[] arguments)
        {
            var git = await Cli.Wrap("git").WithArguments(arguments).WithWorkingDirectory(Source)
                .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
            if (git.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {git.StandardError}");
            return git.StandardOutput;
        }

        private static void CopyProject(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj") continue;
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
}
