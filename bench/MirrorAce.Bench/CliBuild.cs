namespace MirrorAce.Bench;

/// <summary>
/// One build of the <c>mirrorace</c> command: the Native AOT executable the linux-x64 tool package ships,
/// or the portable build (<c>dotnet mirrorace.dll</c>) that every other platform installs.
/// </summary>
internal sealed record CliBuild(string Name, string Program, IReadOnlyList<string> Leading)
{
    public static CliBuild Native(string root) =>
        new("native CLI (linux-x64)", Path.Combine(root, "artifacts/bench/native/mirrorace"), []);

    public static CliBuild Portable(string root) =>
        new("portable CLI (any)", "dotnet", [Path.Combine(root, "src/MirrorAce.Cli/bin/Release/net10.0/mirrorace.dll")]);

    public Processes.Measured Run(IEnumerable<string> arguments, IDictionary<string, string> environment) =>
        Processes.RunTimed(Program, Leading.Concat(arguments), environment);
}
