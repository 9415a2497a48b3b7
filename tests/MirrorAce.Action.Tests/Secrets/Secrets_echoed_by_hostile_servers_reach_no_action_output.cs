using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MirrorAce.GitHub;
using MirrorAce.Sandbox;
using MirrorAce.Sandbox.GitHub;
using Xunit.Abstractions;

namespace MirrorAce.Action.Tests.Secrets;

public class Secrets_echoed_by_hostile_servers_reach_no_action_output(ITestOutputHelper output)
{
    private static readonly string[] Secrets = [SecretScan.ApiKey, SecretScan.ApiToken, SecretScan.FilePassword, SecretScan.GitHubToken];

    [Fact]
    public async Task Every_form_of_every_secret_is_blanked_in_the_log_the_outputs_the_summary_and_the_notes()
    {
        var cases = SecretScan.EchoingRefusals(SecretScan.ApiKey, SecretScan.ApiToken, SecretScan.FilePassword);
        await using var sandbox = await TestSandbox.StartTolerantAsync(o =>
        {
            o.ApiKey = SecretScan.ApiKey;
            o.ApiToken = SecretScan.ApiToken;
            o.AnswerRewriter = SecretScan.RefusingEachFileWith(cases);
        });
        sandbox.GitHub.WriteToken = SecretScan.GitHubToken;
        var release = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", "Notes.\n");

        // Run 1: MirrorAce echoes the key, token and password in every form, one file each; one file is let through.
        using var first = new GitHubStep();
        for (var i = 0; i <= cases.Count; i++) first.Workspace.CreateFile($"f{i:00}.zip", 100 + i);
        first.For(sandbox, "*.zip").WithRelease(sandbox, "v1.0");
        first.Inputs["file-password"] = SecretScan.FilePassword;
        var run1 = await first.RunAsync();

        // Run 2: GitHub echoes its token in every form at once, on every retry of the release lookup.
        sandbox.GitHub.FailNext(GitHubFault.BadGateway, times: 4);
        var all = string.Join(" | ", SecretScan.Forms.Select(f => f.Encode(SecretScan.GitHubToken)));
        sandbox.GitHub.ErrorAnswerRewriter = (_, json) => Regex.Replace(json, "\"message\":\"[^\"]*\"", _ => "\"message\":" + JsonSerializer.Serialize("echo-github " + all));
        using var second = new GitHubStep();
        second.Workspace.CreateFile("g.zip", 100);
        second.For(sandbox, "*.zip").WithRelease(sandbox, "v1.0");
        var run2 = await second.RunAsync();

        Assert.True(run1.ExitCode == 1, run1.ToString());
        Assert.True(run2.ExitCode == 1, run2.ToString());
        // What reached the servers: the secrets as they are.
        Assert.Equal(SecretScan.FilePassword, Assert.Single(sandbox.Files).Password);
        Assert.All(sandbox.GitHub.Requests, r => Assert.Equal("Token " + SecretScan.GitHubToken, r.Authorization));
        var outputs = new Dictionary<string, string>();
        foreach (var (name, run) in new[] { ("run 1", run1), ("run 2", run2) })
        {
            // The masks are the one place the secrets must be: the runner needs them to hide the rest.
            var masks = run.StdoutLines.TakeWhile(l => l.StartsWith("::add-mask::", StringComparison.Ordinal)).ToList();
            Assert.Equal(name == "run 1" ? 4 : 3, masks.Count);
            outputs[$"{name} stdout"] = string.Join('\n', run.StdoutLines.Skip(masks.Count));
            outputs[$"{name} stderr"] = run.StandardError;
            outputs[$"{name} GITHUB_OUTPUT"] = Encoding.UTF8.GetString(run.OutputFile);
            outputs[$"{name} GITHUB_STEP_SUMMARY"] = run.Summary;
        }
        outputs["release notes"] = sandbox.GitHub.ReleaseBody(release) ?? "";
        // Each hostile answer's words were written (so a leak had its chance), secrets blanked.
        Assert.All(cases, c => Assert.Contains(c.Marker + " bad credentials ***", outputs["run 1 stdout"], StringComparison.Ordinal));
        Assert.Contains("echo-github *** | ***", outputs["run 2 stdout"], StringComparison.Ordinal);
        Assert.Contains(sandbox.Files[0].Slug, outputs["run 1 GITHUB_OUTPUT"], StringComparison.Ordinal);
        Assert.Contains(sandbox.Files[0].Slug, outputs["run 1 GITHUB_STEP_SUMMARY"], StringComparison.Ordinal);
        Assert.Single(ReleaseNotesSection.ReadRows(outputs["release notes"]));
        var leaks = SecretScan.Leaks(outputs, Secrets);
        output.WriteLine($"Action: {cases.Count} hostile MirrorAce answers x 3 secrets + {SecretScan.Forms.Count} forms of the GitHub token, {outputs.Count} outputs scanned, {leaks.Count} leaks");
        Assert.Empty(leaks);
    }
}
