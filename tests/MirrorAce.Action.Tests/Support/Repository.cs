namespace MirrorAce.Action.Tests.Support;

/// <summary>Files of the repository under test, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>
    /// The entrypoint as built for this test run: tests/X/bin/&lt;Configuration&gt;/&lt;tfm&gt;/ maps to
    /// src/MirrorAce.Action/bin/&lt;Configuration&gt;/&lt;tfm&gt;/MirrorAce.Action.dll.
    /// </summary>
    public static string ActionAssembly { get; } = LocateActionAssembly();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MirrorAce.BuildTasks.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("No MirrorAce.BuildTasks.sln above " + AppContext.BaseDirectory);
    }

    private static string LocateActionAssembly()
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = tfm.Parent!;
        var path = Path.Combine(Root, "src", "MirrorAce.Action", "bin", configuration.Name, tfm.Name, "MirrorAce.Action.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/MirrorAce.Action first.", path);
    }
}
