using System.Text.Json.Nodes;
using CliWrap;
using CliWrap.Buffered;
using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.Action.Tests.Support;
using MirrorAce.GitHub;
using MirrorAce.Sandbox;
using MirrorAce.Upload;

namespace MirrorAce.Action.Tests.LinkRot.Support;

/// <summary>
/// The link-rot watch's script step, run as written with bash: the real mirrorace tool (installed from
/// the packed feed) asks the sandbox, and a stand-in <c>gh</c> serves the releases and the open issue
/// and records what the script sends GitHub.
/// </summary>
public sealed class LinkRotWatch : IDisposable
{
    public const string SamplePath = "samples/workflows/link-rot-watch.yml";
    public const string StepName = "Check the links and update the issue";
    public const string RepositoryName = "octo-org/octo-app";

    private readonly TempDirectory _dir = new();
    private readonly ToolFeed _feed;
    private readonly SandboxServer _sandbox;

    public LinkRotWatch(ToolFeed feed, SandboxServer sandbox)
    {
        _feed = feed;
        _sandbox = sandbox;
        Directory.CreateDirectory(Path.Combine(GitHubState, "calls"));
        File.WriteAllText(Path.Combine(GitHubState, "issues.json"), "[]");
    }

    public static JsonObject Workflow => YamlToJson.Load(Repository.Read(SamplePath))!.AsObject();

    private string GitHubState => Path.Combine(_dir.Path, "github");

    /// <summary>The releases GitHub lists, newest first.</summary>
    public JsonArray Releases { get; } = [];

    /// <summary>The open issues labelled link-rot.</summary>
    public JsonArray OpenIssues { get; } = [];

    /// <summary>The releases setting: a number of newest releases, or all.</summary>
    public string ReleasesToCheck { get; set; } = "30";

    /// <summary>The MirrorAce API key the script is given.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Uploads files of the given names to the sandbox, as an earlier release run did.</summary>
    public async Task<IReadOnlyList<UploadedFile>> UploadAsync(params string[] names)
    {
        var files = Path.Combine(_dir.Path, "files", Guid.NewGuid().ToString("N"));
        foreach (var name in names)
        {
            Directory.CreateDirectory(files);
            await File.WriteAllTextAsync(Path.Combine(files, name), $"bytes of {name}");
        }
        var uploader = new MirrorAceUploader(new MirrorAceCredentials(_sandbox.Options.ApiKey, _sandbox.Options.ApiToken),
            new UploadOptions { ApiUrl = _sandbox.ApiUrl, BaseDirectory = files });
        var results = await uploader.UploadAsync(names.Select(n => new UploadRequest(Path.Combine(files, n))).ToList());
        return results.Select(r => r.File ?? throw new InvalidOperationException(r.Error?.Message)).ToList();
    }

    /// <summary>Adds a release whose notes list <paramref name="files"/> in the action's section.</summary>
    public void AddRelease(string tag, IEnumerable<UploadedFile>? files)
    {
        const string handWritten = "Release notes written by hand.\r\n";
        var body = files is null ? handWritten : ReleaseNotesSection.Merge(handWritten, files).Body;
        Releases.Add(new JsonObject { ["tag_name"] = tag, ["body"] = body, ["draft"] = false });
    }

    public async Task<LinkRotResult> RunAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var tools = Path.Combine(_dir.Path, "tools");
        var install = await Cli.Wrap("dotnet")
            .WithArguments(["tool", "install", "MirrorAce.Cli", "--tool-path", tools, "--add-source", _feed.Path, "--version", _feed.Version])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(timeout.Token);
        Assert.True(install.ExitCode == 0, install.StandardOutput + install.StandardError);
        var bin = Path.Combine(_dir.Path, "bin");
        Directory.CreateDirectory(bin);
        var gh = Path.Combine(bin, "gh");
        await File.WriteAllTextAsync(gh, FakeGh.Script.ReplaceLineEndings("\n") + "\n", timeout.Token);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(gh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await File.WriteAllTextAsync(Path.Combine(GitHubState, "releases.json"), Releases.ToJsonString(), timeout.Token);
        await File.WriteAllTextAsync(Path.Combine(GitHubState, "issues.json"), OpenIssues.ToJsonString(), timeout.Token);

        var step = Workflow["jobs"]!["watch"]!["steps"]!.AsArray().Single(s => (string?)s!["name"] == StepName)!;
        var script = Path.Combine(_dir.Path, "step.sh");
        await File.WriteAllTextAsync(script, (string)step["run"]!, timeout.Token);
        var temp = Path.Combine(_dir.Path, "_temp");
        Directory.CreateDirectory(temp);
        var summary = Path.Combine(_dir.Path, "summary.md");
        await File.WriteAllTextAsync(summary, "", timeout.Token);

        var result = await Cli.Wrap("bash").WithArguments(["--noprofile", "--norc", "-eo", "pipefail", script])
            .WithWorkingDirectory(_dir.Path)
            .WithEnvironmentVariables(e => e
                .Set("PATH", $"{bin}{Path.PathSeparator}{tools}{Path.PathSeparator}{Environment.GetEnvironmentVariable("PATH")}")
                .Set("FAKE_GH", GitHubState)
                .Set("GITHUB_REPOSITORY", RepositoryName)
                .Set("RUNNER_TEMP", temp)
                .Set("GITHUB_STEP_SUMMARY", summary)
                // The step's env, as the runner sets it from the YAML (the schedule's default count).
                .Set("GH_TOKEN", "ghs_link_rot_test_token_0123456789")
                .Set("MIRRORACE_API_KEY", ApiKey.Length > 0 ? ApiKey : _sandbox.Options.ApiKey)
                .Set("MIRRORACE_API_TOKEN", _sandbox.Options.ApiToken)
                .Set("MIRRORACE_API_URL", _sandbox.ApiUrl.AbsoluteUri)
                .Set("RELEASES", ReleasesToCheck)
                .Set("LABEL", (string?)step["env"]!["LABEL"]))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(timeout.Token);

        var calls = Directory.GetFiles(Path.Combine(GitHubState, "calls"), "*.txt").Order(StringComparer.Ordinal).Select(f =>
        {
            var line = File.ReadAllText(f).TrimEnd('\n').Split(' ', 2);
            var body = Path.ChangeExtension(f, ".json");
            return new GitHubCall(line[0], line[1], File.Exists(body) ? JsonNode.Parse(File.ReadAllText(body))!.AsObject() : null);
        }).ToList();
        return new LinkRotResult(result.ExitCode, result.StandardOutput + result.StandardError, calls, await File.ReadAllTextAsync(summary, timeout.Token));
    }

    public void Dispose() => _dir.Dispose();
}

public sealed record GitHubCall(string Method, string Path, JsonObject? Body);

public sealed record LinkRotResult(int ExitCode, string Log, IReadOnlyList<GitHubCall> Calls, string Summary)
{
    public IReadOnlyList<GitHubCall> Writes => Calls.Where(c => c.Method != "GET").ToList();
}
