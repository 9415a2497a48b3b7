using CliWrap.Buffered;
using MirrorAce.BuildTasks.Tests.Support;
using MirrorAce.Sandbox;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

/// <summary>
/// The sample project, copied as a user would have it, built once with <c>-t:MirrorAceUpload</c>
/// against a sandbox, with a binary log and a diagnostic log. Tests assert on what it left behind.
/// </summary>
public sealed class SampleProjectBuild(PackedPackage package) : IAsyncLifetime
{
    /// <summary>Writes the output items to a file the way a user's target would consume them.</summary>
    private const string ItemsTarget = """
        <Project>
          <Target Name="TestWriteUploadedItems" AfterTargets="MirrorAceUpload">
            <WriteLinesToFile File="$(MSBuildProjectDirectory)/uploaded-items.txt" Overwrite="true"
                              Lines="@(MirrorAceUploadedFile->'%(Identity)|%(Slug)|%(Url)|%(Sha256)|%(Size)|%(Name)')" />
          </Target>
        </Project>
        """;

    public SandboxServer Sandbox { get; private set; } = null!;

    public ConsumerProject Project { get; private set; } = null!;

    public BufferedCommandResult First { get; private set; } = null!;

    public IReadOnlyList<string> FirstItems { get; private set; } = [];

    public string FirstLinks { get; private set; } = "";

    public int UploadsAfterFirst { get; private set; }

    public string BinaryLog => Path.Combine(Project.Logs, "first.binlog");

    public string DiagnosticLog => Path.Combine(Project.Logs, "first-diag.log");

    public async Task InitializeAsync()
    {
        Sandbox = await TaskHarness.StartSandboxAsync();
        Project = ConsumerProject.FromSample(package);
        Project.WriteFile("Directory.Build.targets", ItemsTarget);

        First = await Project.DotnetAsync(Sandbox, withCredentials: true,
            "build", "-t:MirrorAceUpload", $"-bl:{BinaryLog}", $"-flp:v=diag;logfile={DiagnosticLog}");
        UploadsAfterFirst = Sandbox.CompletedUploadCount;
        if (First.ExitCode == 0)
        {
            FirstItems = File.ReadAllLines(Project.PathOf("uploaded-items.txt"));
            FirstLinks = File.ReadAllText(Project.PathOf("obj/mirrorace-links.json"));
        }
    }

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();
}
