using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

public class InputValidationTests
{
    [Theory]
    [InlineData("files", "MA1022")]
    [InlineData("api-key", "MA1020")]
    [InlineData("api-token", "MA1020")]
    public async Task A_missing_required_input_is_a_clear_error_and_nothing_is_sent(string input, string code)
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 100);
        step.For(sandbox, "app.zip");
        step.Inputs[input] = null;

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Commands("error"));
        Assert.StartsWith($"::error title={code}::The input '{input}' is required and is empty.", error, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.UploadVariablesRequestCount);
        Assert.Empty(run.OutputFile);
    }

    [Fact]
    public async Task A_required_input_of_only_whitespace_counts_as_missing()
    {
        // An unset secret reaches the step as an empty string, and a YAML block scalar adds a newline.
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 100);
        step.For(sandbox, "app.zip");
        step.Inputs["api-token"] = " \n";

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("::error title=MA1020::The input 'api-token' is required and is empty.", Assert.Single(run.Commands("error")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dry-run")]
    [InlineData("mirror-release-assets")]
    [InlineData("verify")]
    [InlineData("split")]
    public async Task A_switch_other_than_true_or_false_is_an_input_error(string input)
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 100);
        step.For(sandbox, "app.zip");
        step.Inputs[input] = "yes";

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Commands("error"));
        Assert.StartsWith($"::error title=MA1022::The input '{input}' is 'yes'.", error, StringComparison.Ordinal);
        Assert.EndsWith("Use 'true' or 'false'.", error, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.UploadVariablesRequestCount);
    }

    [Theory]
    [InlineData("TRUE")]
    [InlineData(" False ")]
    public async Task Switches_read_true_and_false_in_any_case(string value)
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 100);
        step.For(sandbox, "app.zip");
        step.Inputs["dry-run"] = value;

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(value.Trim() == "TRUE" ? 0 : 1, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task Every_invalid_input_is_reported_in_the_same_run()
    {
        using var step = new GitHubStep();
        step.Inputs["files"] = "a.zip";
        step.Inputs["api-key"] = "key-0123456789";
        step.Inputs["api-token"] = "token-0123456789";
        step.Inputs["api-url"] = "mirrorace.com/api";
        step.Inputs["parallel"] = "0";
        step.Inputs["chunk-size"] = "-5";
        step.Inputs["release-tag"] = "v1 beta";

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        var errors = run.Commands("error");
        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.Contains("'api-url' is 'mirrorace.com/api'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("The input 'parallel' is 0. Step: validating input. Use a whole number from 1 to 16", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("The input 'chunk-size' is -5.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'release-tag' contains whitespace", StringComparison.Ordinal));
    }
}
