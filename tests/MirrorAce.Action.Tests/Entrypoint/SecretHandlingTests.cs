using System.Text;
using MirrorAce.GitHub;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

public class SecretHandlingTests
{
    private const string ApiKey = "key-7f3a9c1e5b";
    private const string ApiToken = "token-0d4e8b2a6c";
    private const string Password = "pass-9e1c3a5f7b";
    private const string GitHubTokenFirstLine = "ghs_first_4b8d2f6a";
    private const string GitHubTokenSecondLine = "ghs_second_1c5e9a3d";

    [Fact]
    public async Task Secrets_are_masked_before_anything_else_is_printed_and_appear_nowhere_else()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync(o => { o.ApiKey = ApiKey; o.ApiToken = ApiToken; });
        // A failing file puts error messages (the likeliest place for a leak) in the log too.
        sandbox.Faults.Add(new Fault(FaultKind.StatusError, Endpoint.FileInfo, OnRequest: 2));
        using var step = new GitHubStep();
        step.Workspace.CreateFile("a.zip", 1_000);
        step.Workspace.CreateFile("b.zip", 1_000);
        step.For(sandbox, "*.zip");
        step.Inputs["api-key"] = $"  {ApiKey}\n";
        step.Inputs["file-password"] = Password;
        step.Inputs["github-token"] = $"{GitHubTokenFirstLine}\n{GitHubTokenSecondLine}";
        step.Inputs["parallel"] = "1";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.StdoutLines.ToList();
        Assert.Equal(
            [
                $"::add-mask::{ApiKey}",
                $"::add-mask::{ApiToken}",
                $"::add-mask::{Password}",
                $"::add-mask::{GitHubTokenFirstLine}",
                $"::add-mask::{GitHubTokenSecondLine}",
            ],
            lines.Take(5));
        Assert.DoesNotContain(lines.Skip(5), l => l.StartsWith("::add-mask::", StringComparison.Ordinal));
        var everythingElse = string.Join('\n', lines.Skip(5)) + run.StandardError + Encoding.UTF8.GetString(run.OutputFile) + run.Summary;
        Assert.All(new[] { ApiKey, ApiToken, Password, GitHubTokenFirstLine, GitHubTokenSecondLine },
            secret => Assert.DoesNotContain(secret, everythingElse, StringComparison.Ordinal));
        // The run did print the kinds of lines a leak would hide in.
        Assert.Contains(lines, l => l.StartsWith("::error file=b.zip,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_github_token_and_file_password_reach_neither_the_release_notes_nor_the_log_outputs_or_summary()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync(o => { o.ApiKey = ApiKey; o.ApiToken = ApiToken; });
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0.0", "Notes.\n");
        sandbox.Faults.Add(new Fault(FaultKind.StatusError, Endpoint.FileInfo, OnRequest: 2));
        // A rate limit answered once: its retry notice is one more line a token could leak into.
        sandbox.GitHub.FailNext(MirrorAce.Sandbox.GitHub.GitHubFault.SecondaryRateLimit, retryAfterSeconds: 0);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("a.zip", 1_000);
        step.Workspace.CreateFile("b.zip", 1_000);
        step.For(sandbox, "*.zip").WithRelease(sandbox, "v1.0.0");
        step.Inputs["file-password"] = Password;
        step.Inputs["parallel"] = "1";
        step.Inputs["verify"] = "true";
        var gitHubToken = sandbox.GitHub.WriteToken;

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.StdoutLines.ToList();
        Assert.Equal([$"::add-mask::{ApiKey}", $"::add-mask::{ApiToken}", $"::add-mask::{Password}", $"::add-mask::{gitHubToken}"], lines.Take(4));
        var body = sandbox.GitHub.ReleaseBody(id)!;
        var everythingElse = string.Join('\n', lines.Skip(4)) + run.StandardError + Encoding.UTF8.GetString(run.OutputFile) + run.Summary + body;
        Assert.All(new[] { ApiKey, ApiToken, Password, gitHubToken },
            secret => Assert.DoesNotContain(secret, everythingElse, StringComparison.Ordinal));
        // The places a leak would hide in were written: the notes, the link check, an error, a GitHub retry.
        Assert.Single(ReleaseNotesSection.ReadRows(body));
        Assert.Contains("### MirrorAce links of release v1.0.0", run.Summary, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("::error file=b.zip,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("GitHub rate limit while", StringComparison.Ordinal));
        Assert.Equal(Password, sandbox.FindBySlug(ReleaseNotesSection.ReadRows(body)[0].Slug)!.Password);
    }

    [Fact]
    public async Task Masks_come_first_even_when_the_inputs_are_invalid()
    {
        using var step = new GitHubStep();
        step.Inputs["api-key"] = ApiKey;
        step.Inputs["parallel"] = "many";

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"::add-mask::{ApiKey}", run.StdoutLines.First());
        Assert.DoesNotContain(ApiKey, string.Join('\n', run.StdoutLines.Skip(1)) + run.StandardError, StringComparison.Ordinal);
    }
}
