using CliWrap.Buffered;
using MirrorAce.Sandbox;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

/// <summary>
/// The sample project, copied as a user would have it, built with <c>-t:MirrorAceUpload</c> against a
/// sandbox: first as a dry run, then for real, both naming a release of the sandbox's GitHub API whose
/// notes should list the uploads; the real build with a binary log and a diagnostic log. Tests assert
/// on what each left behind.
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

    public const string ReleaseTag = "v1.0";

    public const string HandwrittenNotes = "Notes written by hand.\n";

    public SandboxServer Sandbox { get; private set; } = null!;

    public long ReleaseId { get; private set; }

    public BufferedCommandResult DryRun { get; private set; } = null!;

    /// <summary>What the sandboxes saw by the end of the dry run.</summary>
    public (int Chunks, int Uploads, int UploadVariables, int GitHubReads, int GitHubWrites) AfterDryRun { get; private set; }

    public bool LinksAfterDryRun { get; private set; }

    public IReadOnlyList<string> DryRunItems { get; private set; } = [];

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
        ReleaseId = Sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, ReleaseTag, HandwrittenNotes);
        Project = ConsumerProject.FromSample(package);
        Project.WriteFile("Directory.Build.targets", ItemsTarget);
        // As a GitHub Actions step would pass them: the repository from the runner, the token from the step's env.
        var github = new Dictionary<string, string?>
        {
            ["GITHUB_TOKEN"] = TaskHarness.GitHubWriteToken,
            ["GITHUB_REPOSITORY"] = TaskHarness.GitHubRepository,
        };
        string[] release = ["-t:MirrorAceUpload", $"-p:MirrorAceReleaseTag={ReleaseTag}", $"-p:MirrorAceGitHubApiUrl={Sandbox.GitHubApiUrl.AbsoluteUri}"];

        DryRun = await Project.DotnetAsync(Sandbox, withCredentials: true, github, ["build", .. release, "-p:MirrorAceDryRun=true"]);
        AfterDryRun = (Sandbox.ChunkRequestCount, Sandbox.CompletedUploadCount, Sandbox.UploadVariablesRequestCount,
            Sandbox.GitHub.Requests.Count(r => r.Method == "GET"), Sandbox.GitHub.Requests.Count(r => r.Method != "GET"));
        LinksAfterDryRun = File.Exists(Project.PathOf("obj/mirrorace-links.json"));
        var items = Project.PathOf("uploaded-items.txt");
        DryRunItems = File.Exists(items) ? File.ReadAllLines(items) : [];

        First = await Project.DotnetAsync(Sandbox, withCredentials: true, github,
            ["build", .. release, $"-bl:{BinaryLog}", $"-flp:v=diag;logfile={DiagnosticLog}"]);
        UploadsAfterFirst = Sandbox.CompletedUploadCount;
        if (First.ExitCode == 0)
        {
            FirstItems = File.ReadAllLines(Project.PathOf("uploaded-items.txt"));
            FirstLinks = File.ReadAllText(Project.PathOf("obj/mirrorace-links.json"));
        }
    }

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();
}
