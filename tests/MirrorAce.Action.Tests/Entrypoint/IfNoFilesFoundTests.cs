using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

public class IfNoFilesFoundTests
{
    [Theory]
    [InlineData(null, 1, "::error title=MA1005::dist/*.zip, missing.zip: No file matches these patterns.")]
    [InlineData("error", 1, "::error title=MA1005::dist/*.zip, missing.zip: No file matches these patterns.")]
    [InlineData("WARN", 0, "::warning title=MA1005::No file matches 'missing.zip';")]
    [InlineData("ignore", 0, "No file matches 'missing.zip';")]
    public async Task No_matching_file_fails_warns_or_passes_quietly_as_the_input_says(string? mode, int exitCode, string line)
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/readme.txt", 10);
        step.For(sandbox, "dist/*.zip\nmissing.zip");
        step.Inputs["if-no-files-found"] = mode;

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Contains(run.StdoutLines, l => l.StartsWith(line, StringComparison.Ordinal));
        Assert.Empty(run.Commands(mode is "ignore" ? "warning" : "notice"));
        if (mode is "ignore") Assert.Empty(run.Commands("error"));
        if (mode is "WARN") Assert.Equal(2, run.Commands("warning").Count);
        Assert.Equal(0, sandbox.UploadVariablesRequestCount);
        // A refused run hands later steps nothing, as a wrong input does; warn and ignore succeed with empty outputs.
        if (exitCode == 1)
        {
            Assert.Empty(run.OutputFile);
            return;
        }
        Assert.Empty(LinksJson.Parse(run.Outputs["links"]));
        Assert.Equal("", run.Outputs["urls"]);
        Assert.Equal("", run.Outputs["markdown"]);
    }

    [Fact]
    public async Task Under_warn_a_pattern_matching_nothing_beside_others_that_match_is_a_warning_and_the_rest_is_uploaded()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/app.zip", 100);
        step.For(sandbox, "dist/*.zip\ndist/*.tar.gz");
        step.Inputs["if-no-files-found"] = "warn";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["::warning title=MA1005::No file matches 'dist/*.tar.gz'; the files the other patterns found are uploaded."], run.Commands("warning"));
        Assert.Single(LinksJson.Parse(run.Outputs["links"]));
    }

    [Fact]
    public async Task An_unknown_mode_is_an_input_error()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 100);
        step.For(sandbox, "app.zip");
        step.Inputs["if-no-files-found"] = "fail";

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error title=MA1022::The input 'if-no-files-found' is 'fail'. Step: validating input. Use 'error', 'warn' or 'ignore'.", run.StdoutLines);
        Assert.Equal(0, sandbox.UploadVariablesRequestCount);
    }
}
