using MirrorAce.Action.Tests.Composite.Support;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>
/// An input the tool could not take, or one that asks for a release there is none of, stops the first step with MA1022
/// naming the input (not the tool's option), before anything is installed.
/// </summary>
public class A_malformed_input_is_refused_by_name_before_the_install
{
    [Theory]
    [InlineData("dry-run", "yes", "neither true nor false")]
    [InlineData("split", "1", "neither true nor false")]
    [InlineData("verify", "yes", "neither true nor false")]
    [InlineData("parallel", "17", "not a whole number from 1 to 16")]
    [InlineData("if-no-files-found", "fail", "not error, warn or ignore")]
    [InlineData("files", " \n , ", "is required and is empty")]
    [InlineData("chunk-size", "1MB", "not a whole number of bytes")]
    [InlineData("stall-timeout", "-5", "not a number of seconds")]
    [InlineData("deadline", "1h", "not a number of seconds")]
    [InlineData("release-tag", "v1 .0", "contains whitespace or control characters")]
    [InlineData("release-draft", "true", "is true, but 'create-release' is not")]
    public async Task Refuses_a_malformed_input_by_name(string input, string value, string problem)
    {
        using var run = new CompositeRun();
        run.Inputs["files"] = "dist/*.zip";
        run.Inputs[input] = value;

        var result = await run.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["prepare"], result.StepsRun);
        Assert.Contains($"::error title=MirrorAce MA1022::MA1022: The input '{input}' ", result.Log, StringComparison.Ordinal);
        Assert.Contains(problem, result.Log, StringComparison.Ordinal);
        Assert.All(result.Outputs.Values, v => Assert.Equal("", v));
    }

    [Theory]
    [InlineData("mirror-release-assets")]
    [InlineData("verify")]
    [InlineData("create-release")]
    public async Task Refuses_a_release_input_when_there_is_no_release(string input)
    {
        // A push: no release-tag and no release event, so there is no release to work on.
        using var run = new CompositeRun { EventName = "push" };
        run.Inputs["files"] = "dist/*.zip";
        run.Inputs[input] = "true";

        var result = await run.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["prepare"], result.StepsRun);
        Assert.Contains($"::error title=MirrorAce MA1022::MA1022: The input '{input}' needs a release, and there is none: set the input 'release-tag'",
            result.Log, StringComparison.Ordinal);
    }
}
