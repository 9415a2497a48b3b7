using System.Text.Json;
using System.Xml.Linq;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

[Collection(EndToEndBuilds.Name)]
public sealed class PackageLayoutTests(PackedPackage package)
{
    private List<string> Entries()
    {
        using var zip = package.OpenNupkg();
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    [Fact]
    public void The_task_and_every_assembly_it_needs_are_under_tasks_net10()
    {
        var entries = Entries();

        foreach (var file in new[] { "MirrorAce.BuildTasks.dll", "MirrorAce.BuildTasks.deps.json", "MirrorAce.Core.dll", "Polly.Core.dll",
                                       "MirrorAce.GitHub.dll", "Octokit.dll" })
            Assert.Contains("tasks/net10.0/" + file, entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_assembly_the_deps_json_names_ships_beside_the_task()
    {
        using var zip = package.OpenNupkg();
        using var deps = JsonDocument.Parse(zip.GetEntry("tasks/net10.0/MirrorAce.BuildTasks.deps.json")!.Open());
        var runtime = deps.RootElement.GetProperty("targets").EnumerateObject().Single().Value.EnumerateObject()
            .Where(library => library.Value.TryGetProperty("runtime", out _))
            .SelectMany(library => library.Value.GetProperty("runtime").EnumerateObject().Select(asset => Path.GetFileName(asset.Name)))
            .ToList();

        Assert.Contains("MirrorAce.Core.dll", runtime);
        Assert.Contains("MirrorAce.GitHub.dll", runtime);
        Assert.Contains("Octokit.dll", runtime);
        Assert.All(runtime, dll => Assert.NotNull(zip.GetEntry("tasks/net10.0/" + dll)));
    }

    [Fact]
    public void No_MSBuild_assembly_is_shipped_MSBuild_brings_its_own()
    {
        var entries = Entries();

        Assert.DoesNotContain(entries, e => Path.GetFileName(e).StartsWith("Microsoft.Build", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Props_and_targets_are_there_for_single_and_multi_targeting_projects()
    {
        var entries = Entries();

        foreach (var folder in new[] { "build", "buildMultiTargeting" })
        {
            Assert.Contains($"{folder}/MirrorAce.BuildTasks.props", entries);
            Assert.Contains($"{folder}/MirrorAce.BuildTasks.targets", entries);
        }
    }

    [Fact]
    public void The_package_is_a_development_dependency_that_passes_on_no_dependencies()
    {
        using var zip = package.OpenNupkg();
        using var stream = zip.GetEntry("MirrorAce.BuildTasks.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.Equal(package.Version, metadata.Elements().Single(e => e.Name.LocalName == "version").Value);
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies");
    }
}
