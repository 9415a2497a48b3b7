using MirrorAce.Action.Tests.Composite.Support;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>Issue 17: the composite variant's <c>checksums: true</c> is the tool's <c>--checksums</c>; false or empty passes nothing.</summary>
public class The_checksums_input_becomes_the_tools_checksums_flag
{
    [Theory]
    [InlineData("true", new[] { "--checksums" })]
    [InlineData(" TRUE ", new[] { "--checksums" })]
    [InlineData("false", new string[0])]
    [InlineData("", new string[0])]
    public async Task Only_true_is_passed_on(string checksums, string[] expected)
    {
        using var run = new CompositeRun { ActionRef = "main" };
        run.Inputs["files"] = "app.zip";
        run.Inputs["checksums"] = checksums;

        var result = await run.RunAsync();

        // The install (the next step) stops at a branch ref: the prepare step's options are what the tool would get.
        Assert.Equal("install", result.FailedStep);
        var options = File.ReadAllText(Path.Combine(result.StepOutputs["prepare"]["dir"], "options")).Split('\0');
        Assert.Equal(expected, options.Where(o => o.Contains("checksums", StringComparison.Ordinal)));
    }
}
