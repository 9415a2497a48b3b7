namespace MirrorAce.BuildTasks.Tests.EndToEnd;

/// <summary>Where the repository and this test run's build configuration are, found from the test assembly.</summary>
public static class Repository
{
    // tests/MirrorAce.BuildTasks.Tests/bin/<Configuration>/<tfm>/
    private static readonly DirectoryInfo Output = new(AppContext.BaseDirectory);

    public static string Configuration { get; } = Output.Parent!.Name;

    public static string Root { get; } = Locate();

    public static string TaskProject => Path.Combine(Root, "src", "MirrorAce.BuildTasks", "MirrorAce.BuildTasks.csproj");

    public static string SampleProject => Path.Combine(Root, "samples", "MirrorAce.Sample");

    private static string Locate()
    {
        for (var folder = Output; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MirrorAce.BuildTasks.sln")))
                return folder.FullName;
        }
        throw new DirectoryNotFoundException("No MirrorAce.BuildTasks.sln above " + Output.FullName);
    }
}
