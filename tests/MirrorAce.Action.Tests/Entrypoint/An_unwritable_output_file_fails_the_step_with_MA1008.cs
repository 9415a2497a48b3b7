using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>
/// The action's links file is GITHUB_OUTPUT. When it cannot be written, later steps would read no links: the step fails with
/// MA1008, as a links file not written does in the other doors, instead of crashing, and the log still lists the uploads.
/// </summary>
public class An_unwritable_output_file_fails_the_step_with_MA1008
{
    [Fact]
    public async Task The_file_is_uploaded_the_step_fails_and_the_log_lists_its_link()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/app.zip", 3_000);
        var blocker = step.Workspace.Write("blocker", "a regular file where a folder would have to be\n");
        var output = Path.Combine(blocker, "set_output");
        step.For(sandbox, "dist/app.zip");
        step.EnvironmentOverrides["GITHUB_OUTPUT"] = output;

        var result = await step.RunAsync();

        Assert.True(result.ExitCode == 1, result.ToString());
        var error = Assert.Single(result.Commands("error"));
        Assert.StartsWith("::error title=MA1008::", error, StringComparison.Ordinal);
        Assert.Contains(output, error, StringComparison.Ordinal);
        Assert.Contains("Choose a writable path for the runner's GITHUB_OUTPUT", error, StringComparison.Ordinal);
        var stored = Assert.Single(sandbox.Files);
        Assert.Contains(result.StdoutLines, l => l.StartsWith("  app.zip (2.93 KiB): ", StringComparison.Ordinal) && l.Contains(stored.Slug, StringComparison.Ordinal));
        Assert.DoesNotContain("Unhandled exception", result.StandardError, StringComparison.Ordinal);
    }
}
