using MirrorAce.Action.Tests.Composite.Support;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>
/// The mirrorace tool cannot write release notes, fetch release assets or verify a release yet: the
/// composite variant refuses those inputs by name, before installing anything, rather than ignore them.
/// </summary>
public class Inputs_the_tool_cannot_honour_yet_fail_with_a_coded_message
{
    [Theory]
    [InlineData("release-tag", "v1.2.3")]
    [InlineData("mirror-release-assets", "true")]
    [InlineData("verify", "TRUE")]
    public async Task Names_the_input_and_stops_before_the_install(string input, string value)
    {
        using var run = new CompositeRun();
        run.Inputs["files"] = "dist/*.zip";
        run.Inputs["api-key"] = "key-0123456789";
        run.Inputs["api-token"] = "token-0123456789";
        run.Inputs[input] = value;

        var result = await run.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["prepare"], result.StepsRun);
        Assert.Contains($"::error title=MirrorAce MA1022::MA1022: The input '{input}' is set, but the composite variant cannot", result.Log, StringComparison.Ordinal);
        Assert.DoesNotContain(value, result.Log, StringComparison.Ordinal);
        Assert.All(result.Outputs.Values, v => Assert.Equal("", v));
    }

    [Theory]
    [InlineData("mirror-release-assets", "false")]
    [InlineData("verify", "False")]
    [InlineData("release-tag", "")]
    public async Task Leaves_them_alone_when_they_ask_for_nothing(string input, string value)
    {
        using var run = new CompositeRun();
        run.Inputs["files"] = "dist/*.zip";
        run.Inputs[input] = value;
        // At a branch, the install (the next step) has no version to install and stops: quick, and no feed needed.
        run.ActionRef = "main";

        var result = await run.RunAsync();

        Assert.Equal(["prepare", "install"], result.StepsRun);
        Assert.Contains("MA1022: The action is not used at a version tag", result.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("MA1022: The input", result.Log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dry-run", "yes", "neither true nor false")]
    [InlineData("split", "1", "neither true nor false")]
    [InlineData("parallel", "17", "not a whole number from 1 to 16")]
    [InlineData("if-no-files-found", "fail", "not error, warn or ignore")]
    [InlineData("files", " \n , ", "is required and is empty")]
    [InlineData("chunk-size", "1MB", "not a whole number of bytes")]
    [InlineData("stall-timeout", "-5", "not a number of seconds")]
    [InlineData("deadline", "1h", "not a number of seconds")]
    public async Task Refuses_a_malformed_input_by_name(string input, string value, string problem)
    {
        using var run = new CompositeRun();
        run.Inputs["files"] = "dist/*.zip";
        run.Inputs[input] = value;

        var result = await run.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["prepare"], result.StepsRun);
        Assert.Contains($"MA1022: The input '{input}' ", result.Log, StringComparison.Ordinal);
        Assert.Contains(problem, result.Log, StringComparison.Ordinal);
    }
}
