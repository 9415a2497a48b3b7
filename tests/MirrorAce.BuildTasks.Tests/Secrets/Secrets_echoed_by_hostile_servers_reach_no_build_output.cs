using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using MirrorAce.Sandbox.GitHub;
using Xunit.Abstractions;

namespace MirrorAce.BuildTasks.Tests.Secrets;

public sealed class Secrets_echoed_by_hostile_servers_reach_no_build_output(ITestOutputHelper output) : IDisposable
{
    // Variables of their own: the harness's default ones hold other, plainer secrets other tests use.
    private const string KeyVariable = "MIRRORACE_TEST_ECHO_API_KEY";
    private const string TokenVariable = "MIRRORACE_TEST_ECHO_API_TOKEN";
    private const string GitHubTokenVariable = "MIRRORACE_TEST_ECHO_GITHUB_TOKEN";
    private static readonly string[] Secrets = [SecretScan.ApiKey, SecretScan.ApiToken, SecretScan.GitHubToken];

    private readonly TempDirectory _folder = new();

    static Secrets_echoed_by_hostile_servers_reach_no_build_output()
    {
        Environment.SetEnvironmentVariable(KeyVariable, SecretScan.ApiKey);
        Environment.SetEnvironmentVariable(TokenVariable, SecretScan.ApiToken);
        Environment.SetEnvironmentVariable(GitHubTokenVariable, SecretScan.GitHubToken);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Every_form_of_the_key_token_and_github_token_is_blanked_in_the_log_the_links_the_cache_the_items_and_the_notes()
    {
        var cases = SecretScan.EchoingRefusals(SecretScan.ApiKey, SecretScan.ApiToken);
        await using var sandbox = await TaskHarness.StartSandboxAsync(o =>
        {
            o.ApiKey = SecretScan.ApiKey;
            o.ApiToken = SecretScan.ApiToken;
            o.AnswerRewriter = SecretScan.RefusingEachFileWith(cases);
        });
        sandbox.GitHub.WriteToken = SecretScan.GitHubToken;
        var release = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.2", "Notes.\n");
        var files = Enumerable.Range(0, cases.Count + 1).Select(i => _folder.CreateFile($"f{i:00}.bin", 100 + i)).ToList();

        // Build 1: MirrorAce echoes the key and token in every form, one file each; the one file let through is listed in the notes.
        var first = new RecordingBuildEngine();
        var task = Task(sandbox, first, files);
        Assert.False(task.Execute());

        // Build 2: GitHub echoes its token in every form at once, on every retry of the release lookup.
        sandbox.GitHub.FailNext(GitHubFault.BadGateway, times: 4);
        var all = string.Join(" | ", SecretScan.Forms.Select(f => f.Encode(SecretScan.GitHubToken)));
        sandbox.GitHub.ErrorAnswerRewriter = (_, json) => Regex.Replace(json, "\"message\":\"[^\"]*\"", _ => "\"message\":" + JsonSerializer.Serialize("echo-github " + all));
        var second = new RecordingBuildEngine();
        Assert.False(Task(sandbox, second, files).Execute());

        // What reached the servers: the credentials as they are.
        Assert.Single(sandbox.Files);
        Assert.All(sandbox.GitHub.Requests, r => Assert.Equal("Token " + SecretScan.GitHubToken, r.Authorization));
        var outputs = new Dictionary<string, string>
        {
            ["build 1 log"] = Log(first),
            ["build 2 log"] = Log(second),
            ["links file"] = await File.ReadAllTextAsync(task.LinksFile!),
            ["cache file"] = await File.ReadAllTextAsync(task.CacheFile!),
            ["items"] = string.Join("\n", task.UploadedFiles.SelectMany(i => i.MetadataNames.Cast<string>().Select(i.GetMetadata))),
            ["release notes"] = sandbox.GitHub.ReleaseBody(release) ?? "",
        };
        // Each hostile answer's words reached the log (so a leak had its chance), secrets blanked.
        Assert.All(cases, c => Assert.Contains(c.Marker + " bad credentials ***", outputs["build 1 log"], StringComparison.Ordinal));
        Assert.Contains("echo-github *** | ***", outputs["build 2 log"], StringComparison.Ordinal);
        Assert.Contains(sandbox.Files[0].Slug, outputs["release notes"], StringComparison.Ordinal);
        var leaks = SecretScan.Leaks(outputs, Secrets);
        output.WriteLine($"MSBuild task: {cases.Count} hostile MirrorAce answers x 2 secrets + {SecretScan.Forms.Count} forms of the GitHub token, {outputs.Count} outputs scanned, {leaks.Count} leaks");
        Assert.Empty(leaks);
    }

    private MirrorAceUpload Task(Sandbox.SandboxServer sandbox, RecordingBuildEngine engine, List<string> files)
    {
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, [.. files.Select(f => TaskHarness.Item(Path.GetFileName(f)))]);
        task.ApiKeyVariable = KeyVariable;
        task.ApiTokenVariable = TokenVariable;
        task.LinksFile = Path.Combine(_folder.Path, "links.json");
        task.CacheFile = Path.Combine(_folder.Path, "obj", "cache.json");
        TaskHarness.WriteReleaseNotes(task, sandbox, "v1.2", GitHubTokenVariable);
        return task;
    }

    private static string Log(RecordingBuildEngine engine) => string.Join("\n", engine.Events.Select(e => e.Event switch
    {
        BuildErrorEventArgs error => $"{error.Code} {error.File} {error.Message}",
        BuildWarningEventArgs warning => $"{warning.Code} {warning.File} {warning.Message}",
        var other => other.Message ?? "",
    }));
}
