using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MirrorAce.Sandbox.GitHub;
using Xunit.Abstractions;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

[Collection(EndToEndBuilds.Name)]
public sealed class Secrets_echoed_by_hostile_servers_reach_neither_the_console_nor_the_binary_log(PackedPackage package, ITestOutputHelper output)
{
    private static readonly string[] Secrets = [SecretScan.ApiKey, SecretScan.ApiToken, SecretScan.GitHubToken];

    [Fact]
    public async Task Every_form_of_the_key_token_and_github_token_is_blanked_in_the_console_the_diagnostic_log_and_the_binlog()
    {
        var cases = SecretScan.EchoingRefusals(SecretScan.ApiKey, SecretScan.ApiToken);
        await using var sandbox = await TaskHarness.StartSandboxAsync(o =>
        {
            o.ApiKey = SecretScan.ApiKey;
            o.ApiToken = SecretScan.ApiToken;
            o.AnswerRewriter = SecretScan.RefusingEachFileWith(cases);
        });
        sandbox.GitHub.WriteToken = SecretScan.GitHubToken;
        var release = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.0", "Notes.\n");
        var project = ConsumerProject.FromText(package, "Hostile.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MirrorAce.BuildTasks" Version="{Version}" PrivateAssets="all" />
                <MirrorAceUploadFile Include="files/*.bin" />
              </ItemGroup>
            </Project>
            """);
        for (var i = 0; i <= cases.Count; i++) project.WriteFile($"files/f{i:00}.bin", new string('x', 100 + i));
        var environment = new Dictionary<string, string?>
        {
            [MirrorAceCredentials.ApiKeyVariable] = SecretScan.ApiKey,
            [MirrorAceCredentials.ApiTokenVariable] = SecretScan.ApiToken,
            ["GITHUB_TOKEN"] = SecretScan.GitHubToken,
            ["GITHUB_REPOSITORY"] = TaskHarness.GitHubRepository,
        };
        string[] release1 = ["build", "-t:MirrorAceUpload", "-p:MirrorAceReleaseTag=v1.0", $"-p:MirrorAceGitHubApiUrl={sandbox.GitHubApiUrl.AbsoluteUri}"];

        // Build 1: MirrorAce echoes the key and token in every form, one file each; the one file let through goes into the notes.
        var first = await project.DotnetAsync(sandbox, withCredentials: false, environment,
            [.. release1, $"-bl:{Path.Combine(project.Logs, "first.binlog")}", $"-flp:v=diag;logfile={Path.Combine(project.Logs, "first-diag.log")}"]);
        // Build 2: GitHub echoes its token in every form at once, on every retry of the release lookup.
        sandbox.GitHub.FailNext(GitHubFault.BadGateway, times: 4);
        var all = string.Join(" | ", SecretScan.Forms.Select(f => f.Encode(SecretScan.GitHubToken)));
        sandbox.GitHub.ErrorAnswerRewriter = (_, json) => Regex.Replace(json, "\"message\":\"[^\"]*\"", _ => "\"message\":" + JsonSerializer.Serialize("echo-github " + all));
        var second = await project.DotnetAsync(sandbox, withCredentials: false, environment,
            [.. release1, $"-bl:{Path.Combine(project.Logs, "second.binlog")}"]);

        Assert.True(first.ExitCode != 0, Dotnet.Describe(first));
        Assert.True(second.ExitCode != 0, Dotnet.Describe(second));
        Assert.Single(sandbox.Files);
        var outputs = new Dictionary<string, string>
        {
            ["build 1 console"] = first.StandardOutput + first.StandardError,
            ["build 1 diagnostic log"] = await File.ReadAllTextAsync(Path.Combine(project.Logs, "first-diag.log")),
            ["build 2 console"] = second.StandardOutput + second.StandardError,
            ["links file"] = await File.ReadAllTextAsync(project.PathOf("obj/mirrorace-links.json")),
            ["release notes"] = sandbox.GitHub.ReleaseBody(release) ?? "",
        };
        foreach (var name in new[] { "first", "second" })
        {
            var records = LogScan.BinaryLogRecords(Path.Combine(project.Logs, name + ".binlog"));
            outputs[$"{name}.binlog as UTF-8"] = Encoding.UTF8.GetString(records);
            outputs[$"{name}.binlog as UTF-16"] = Encoding.Unicode.GetString(records);
        }
        // Each hostile answer's words were logged (so a leak had its chance), with the secrets blanked.
        Assert.All(cases, c => Assert.Contains(c.Marker + " bad credentials ***", outputs["build 1 console"], StringComparison.Ordinal));
        Assert.Contains("echo-github *** | ***", outputs["build 2 console"], StringComparison.Ordinal);
        Assert.Contains("echo-github *** | ***", outputs["second.binlog as UTF-8"], StringComparison.Ordinal);
        Assert.Contains(sandbox.Files[0].Slug, outputs["release notes"], StringComparison.Ordinal);
        var leaks = SecretScan.Leaks(outputs, Secrets);
        output.WriteLine($"MSBuild end to end: {cases.Count} hostile MirrorAce answers x 2 secrets + {SecretScan.Forms.Count} forms of the GitHub token, {outputs.Count} outputs scanned, {leaks.Count} leaks");
        Assert.Empty(leaks);
    }
}
