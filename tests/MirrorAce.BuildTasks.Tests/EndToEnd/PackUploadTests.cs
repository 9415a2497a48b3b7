using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

[Collection(EndToEndBuilds.Name)]
public sealed class PackUploadTests(PackedConsumerBuild build) : IClassFixture<PackedConsumerBuild>
{
    [Fact]
    public void Pack_uploads_nothing_unless_MirrorAceUploadEnabled_is_true()
    {
        Assert.True(build.Plain.ExitCode == 0, Dotnet.Describe(build.Plain));

        Assert.Equal(0, build.RequestsAfterPlain);
        Assert.DoesNotContain("MirrorAce:", build.Plain.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_with_MirrorAceUploadEnabled_uploads_the_nupkg_and_snupkg_it_made_when_no_files_are_listed()
    {
        Assert.True(build.Enabled.ExitCode == 0, Dotnet.Describe(build.Enabled));

        var stored = build.Sandbox.Files.Select(f => (f.Name, f.Sha256)).ToHashSet();
        Assert.Equal(2, stored.Count);
        Assert.Contains(("Contoso.Greeter.2.3.4.nupkg", TempDirectory.Sha256Of(build.Nupkg)), stored);
        Assert.Contains(("Contoso.Greeter.2.3.4.snupkg", TempDirectory.Sha256Of(build.Snupkg)), stored);

        using var links = JsonDocument.Parse(File.ReadAllText(build.Project.PathOf("obj/mirrorace-links.json")));
        Assert.Equal(["bin/Release/Contoso.Greeter.2.3.4.nupkg", "bin/Release/Contoso.Greeter.2.3.4.snupkg"],
            links.RootElement.EnumerateArray().Select(e => e.GetProperty("path").GetString()));
    }

    [Fact]
    public void A_project_referencing_the_package_with_PrivateAssets_all_does_not_pass_it_on_to_its_own_users()
    {
        Assert.True(build.Enabled.ExitCode == 0, Dotnet.Describe(build.Enabled));

        using var package = ZipFile.OpenRead(build.Nupkg);
        using var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency");
        Assert.DoesNotContain(dependencies, d => (string?)d.Attribute("id") == "MirrorAce.BuildTasks");
    }

    [Fact]
    public async Task Calling_the_target_with_no_files_listed_warns_MA2002_and_uploads_nothing()
    {
        Assert.True(build.Enabled.ExitCode == 0, Dotnet.Describe(build.Enabled));
        var requests = build.Sandbox.Requests.Count;

        var result = await build.Project.DotnetAsync(build.Sandbox, withCredentials: true, "build", "-t:MirrorAceUpload", "--no-restore");

        Assert.True(result.ExitCode == 0, Dotnet.Describe(result));
        Assert.Contains("warning MA2002", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(requests, build.Sandbox.Requests.Count);
    }
}
