using System.Text;
using MirrorAce.Action.Tests.Support;
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
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { ApiKey = ApiKey, ApiToken = ApiToken });
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
        step.Inputs["release-tag"] = "v1.0.0";

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
        Assert.Contains(lines, l => l.StartsWith("::warning::Release v1.0.0", StringComparison.Ordinal));
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
