using CliWrap.Buffered;
using MirrorAce.Sandbox;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

/// <summary>
/// A library that lists no files and is packed twice: first plainly, then with
/// <c>MirrorAceUploadEnabled=true</c>. It multi-targets (with one framework) so its packing runs in
/// the outer build, which only sees the package's buildMultiTargeting/ imports.
/// </summary>
public sealed class PackedConsumerBuild(PackedPackage package) : IAsyncLifetime
{
    private const string ProjectText = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFrameworks>net10.0</TargetFrameworks>
            <PackageId>Contoso.Greeter</PackageId>
            <Version>2.3.4</Version>
            <IncludeSymbols>true</IncludeSymbols>
            <SymbolPackageFormat>snupkg</SymbolPackageFormat>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="MirrorAce.BuildTasks" Version="{Version}" PrivateAssets="all" />
          </ItemGroup>
        </Project>
        """;

    public SandboxServer Sandbox { get; private set; } = null!;

    public ConsumerProject Project { get; private set; } = null!;

    public BufferedCommandResult Plain { get; private set; } = null!;

    /// <summary>Every request the sandbox saw during the plain pack.</summary>
    public int RequestsAfterPlain { get; private set; }

    public BufferedCommandResult Enabled { get; private set; } = null!;

    public string Nupkg => Project.PathOf("bin/Release/Contoso.Greeter.2.3.4.nupkg");

    public string Snupkg => Project.PathOf("bin/Release/Contoso.Greeter.2.3.4.snupkg");

    public async Task InitializeAsync()
    {
        Sandbox = await TaskHarness.StartSandboxAsync();
        Project = ConsumerProject.FromText(package, "Greeter.csproj", ProjectText);
        Project.WriteFile("Greeter.cs", "namespace Contoso;\n\npublic static class Greeter\n{\n    public static string Hello() => \"hello\";\n}\n");

        Plain = await Project.DotnetAsync(Sandbox, withCredentials: true, "pack");
        RequestsAfterPlain = Sandbox.Requests.Count;
        Enabled = await Project.DotnetAsync(Sandbox, withCredentials: true, "pack", "--no-restore", "-p:MirrorAceUploadEnabled=true");
    }

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();
}
