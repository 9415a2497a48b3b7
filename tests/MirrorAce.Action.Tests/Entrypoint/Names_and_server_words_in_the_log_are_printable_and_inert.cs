using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>The action's log is read by the runner: file names and the server's words never become commands or escape sequences.</summary>
public class Names_and_server_words_in_the_log_are_printable_and_inert
{
    [Fact]
    public async Task Command_like_and_control_character_names_upload_and_are_logged_inert()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/::warning::x.zip", 1_000);
        step.Workspace.CreateFile("dist/a\u001b[2J\u202eb.zip", 1_000);
        step.For(sandbox, "dist/*.zip");

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        HostileAnswers.AssertPrintable(run.StandardOutput, "the log");
        Assert.DoesNotContain(RunnerLog.Commands(run.StandardOutput), c => c.Contains("x.zip", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.StartsWith("dist/::warning::x.zip: ", StringComparison.Ordinal));
        // What reached the server: the name without its control characters.
        Assert.Contains(sandbox.Files, f => f.Name == "a[2Jb.zip");
        Assert.Equal(2, LinksJson.Parse(run.Outputs["links"]).Count);
        HostileAnswers.AssertNoMarkup(run.Outputs["markdown"], "the markdown output");
        HostileAnswers.AssertNoMarkup(run.Summary, "the step summary");
    }

    [Fact]
    public async Task A_refusal_quoting_escape_sequences_and_commands_is_one_printable_annotation()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync(o => o.AnswerRewriter =
            HostileAnswers.Refuse(Endpoint.UploadVariables, "no\u001b]0;pwned\u0007\n::warning::pwned\n##[error]pwned"));
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 1_000);
        step.For(sandbox, "app.zip");

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 1, run.ToString());
        HostileAnswers.AssertPrintable(run.StandardOutput, "the log");
        Assert.All(RunnerLog.Commands(run.StandardOutput), c => Assert.DoesNotMatch("^::warning::pwned|^##\\[", c));
        var error = Assert.Single(run.Commands("error"));
        Assert.Contains("MA1030", error, StringComparison.Ordinal);
        Assert.Contains("::warning::pwned", error, StringComparison.Ordinal);
        Assert.DoesNotContain("%0A", error, StringComparison.Ordinal);
    }
}
