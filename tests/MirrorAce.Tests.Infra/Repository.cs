namespace MirrorAce.Tests.Infra;

/// <summary>Files of the repository under test and this test run's build configuration, found from the test's output folder.</summary>
public static class Repository
{
    // tests/<project>/bin/<Configuration>/<tfm>/
    private static readonly DirectoryInfo Output = new(AppContext.BaseDirectory);

    // Looked up on first use only: projects that never run the action must not need it built.
    private static readonly Lazy<string> Action = new(LocateActionAssembly);

    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } = Output.Parent!.Name;

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    public static string TaskProject => Path.Combine(Root, "src", "MirrorAce.BuildTasks", "MirrorAce.BuildTasks.csproj");

    public static string SampleProject => Path.Combine(Root, "samples", "MirrorAce.Sample");

    /// <summary>
    /// The entrypoint as built for this test run: tests/X/bin/&lt;Configuration&gt;/&lt;tfm&gt;/ maps to
    /// src/MirrorAce.Action/bin/&lt;Configuration&gt;/&lt;tfm&gt;/MirrorAce.Action.dll.
    /// </summary>
    public static string ActionAssembly => Action.Value;

    private static string FindRoot()
    {
        for (var dir = Output; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MirrorAce.BuildTasks.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("No MirrorAce.BuildTasks.sln above " + Output.FullName);
    }

    private static string LocateActionAssembly()
    {
        var path = Path.Combine(Root, "src", "MirrorAce.Action", "bin", Configuration, Output.Name, "MirrorAce.Action.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/MirrorAce.Action first.", path);
    }
}
