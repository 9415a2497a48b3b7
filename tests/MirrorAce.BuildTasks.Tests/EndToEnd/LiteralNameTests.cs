
namespace MirrorAce.BuildTasks.Tests.EndToEnd;

[Collection(EndToEndBuilds.Name)]
public sealed class LiteralNameTests(PackedPackage package)
{
    [Fact]
    public async Task A_file_name_with_MSBuild_special_characters_comes_back_literally_in_the_items_a_target_reads()
    {
        // "%3B" is what MSBuild would decode into ";" if the task did not escape what it returns.
        const string name = "notes; %3B 50% $(x) @(y) 'final'.txt";
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        // In a project file the name is written escaped, as MSBuild requires.
        var project = ConsumerProject.FromText(package, "Notes.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MirrorAce.BuildTasks" Version="{Version}" PrivateAssets="all" />
                <MirrorAceUploadFile Include="notes%3B %253B 50%25 %24(x) %40(y) %27final%27.txt" />
              </ItemGroup>
              <Target Name="WriteNames" AfterTargets="MirrorAceUpload">
                <WriteLinesToFile File="names.txt" Overwrite="true" Lines="@(MirrorAceUploadedFile->'%(Identity)|%(Name)')" />
              </Target>
            </Project>
            """);
        project.WriteFile(name, "release notes\n");

        var result = await project.DotnetAsync(sandbox, withCredentials: true, "build", "-t:MirrorAceUpload");

        Assert.True(result.ExitCode == 0, Dotnet.Describe(result));
        Assert.Equal(name, Assert.Single(sandbox.Files).Name);
        Assert.Equal([$"{name}|{name}"], File.ReadAllLines(project.PathOf("names.txt")));
    }
}
