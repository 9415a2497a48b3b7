using MirrorAce.Action.Tests.Support;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>Release notes come in a later version; until then the action says so instead of pretending.</summary>
public class ReleaseNotesTests
{
    private static async Task<StepResult> RunAsync(Action<GitHubStep> configure)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 100);
        step.For(sandbox, "app.zip");
        configure(step);
        return await step.RunAsync();
    }

    [Fact]
    public async Task A_release_tag_input_gets_a_warning_that_release_notes_are_not_written_yet()
    {
        var run = await RunAsync(step => step.Inputs["release-tag"] = "v2.0.0");

        Assert.True(run.ExitCode == 0, run.ToString());
        var warning = Assert.Single(run.Commands("warning"));
        Assert.StartsWith("::warning::Release v2.0.0: this build of the action does not write release notes yet;", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_release_of_a_release_event_is_named_in_the_log_without_an_annotation()
    {
        var run = await RunAsync(step =>
        {
            step.EventName = "release";
            step.EventPayload = """{"action":"published","release":{"id":1,"tag_name":"v1.4.0","body":"notes"}}""";
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.StdoutLines, l => l.StartsWith("Release v1.4.0: this build of the action does not write release notes yet;", StringComparison.Ordinal));
        Assert.Empty(run.Commands("warning"));
    }

    [Fact]
    public async Task Without_a_release_tag_or_a_release_event_releases_are_not_mentioned()
    {
        var run = await RunAsync(_ => { });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(run.StdoutLines, l => l.Contains("release", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_empty_github_token_is_pointed_out_where_release_notes_are_wanted()
    {
        var run = await RunAsync(step =>
        {
            step.Inputs["release-tag"] = "v2.0.0";
            step.Inputs["github-token"] = "";
        });

        Assert.Contains("the input 'github-token', which is empty", Assert.Single(run.Commands("warning")), StringComparison.Ordinal);
    }
}
