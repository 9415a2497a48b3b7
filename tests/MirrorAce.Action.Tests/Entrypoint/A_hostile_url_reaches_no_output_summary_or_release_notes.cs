using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>
/// A server that completes an upload with a url no page may link to: the file fails with MA1034, and nothing of
/// the url is published (outputs, summary, release notes); the log shows it only quoted, printable and inert.
/// </summary>
public class A_hostile_url_reaches_no_output_summary_or_release_notes
{
    private const string Notes = "Written by hand.\n";

    [Theory]
    [MemberData(nameof(HostileAnswers.Urls), MemberType = typeof(HostileAnswers))]
    public async Task The_file_fails_with_MA1034_and_nothing_is_published(string url)
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync(o => o.AnswerRewriter = HostileAnswers.SetField(Endpoint.Chunk, "url", url));
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", Notes);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/app.zip", 2_000);
        step.For(sandbox, "dist/*.zip").WithRelease(sandbox, "v1.0");

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.Commands("error"));
        Assert.StartsWith("::error file=dist/app.zip,title=MA1034::dist/app.zip: MirrorAce's answer gives the file's url ", error, StringComparison.Ordinal);
        Assert.Contains("The bytes are stored on MirrorAce (slug ", error, StringComparison.Ordinal);
        // The bytes went up once; the release notes were not touched.
        Assert.Single(sandbox.Files);
        Assert.Equal(Notes, sandbox.GitHub.ReleaseBody(id));
        Assert.Equal("", run.Outputs["urls"]);
        Assert.Equal("[]", run.Outputs["links"].Trim());
        Assert.Equal("", run.Outputs["markdown"]);
        HostileAnswers.AssertNoMarkup(run.Summary, "the step summary");
        Assert.Contains("MA1034", run.Summary, StringComparison.Ordinal);
        // The log: printable, and the runner sees no command but the action's own.
        HostileAnswers.AssertPrintable(run.StandardOutput, "the log");
        Assert.DoesNotContain(RunnerLog.Commands(run.StandardOutput), c => c.Contains("pwned", StringComparison.Ordinal) && !c.StartsWith("::error ", StringComparison.Ordinal));
    }
}
