using MirrorAce.Action.Tests.Composite.Support;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>
/// What the first step hands the upload step: the tool's options and the patterns, NUL-separated.
/// The install (the next step) stops at a branch ref, so no feed is needed.
/// </summary>
public class Each_input_becomes_the_option_of_the_tool_that_does_the_same
{
    private static async Task<(string[] Options, string[] Patterns)> ArgumentsAsync(Dictionary<string, string> inputs)
    {
        using var run = new CompositeRun { ActionRef = "main" };
        foreach (var (name, value) in inputs) run.Inputs[name] = value;

        var result = await run.RunAsync();

        Assert.Equal("install", result.FailedStep);
        var dir = result.StepOutputs["prepare"]["dir"];
        Assert.StartsWith(run.RunnerTemp, dir, StringComparison.Ordinal);
        static string[] Read(string path) => File.ReadAllText(path).Split('\0')[..^1];
        var options = File.ReadAllText(Path.Combine(dir, "options"));
        return (options.Length == 0 ? [] : Read(Path.Combine(dir, "options")), Read(Path.Combine(dir, "patterns")));
    }

    [Fact]
    public async Task Every_input_the_tool_supports_is_passed_as_its_option()
    {
        var (options, patterns) = await ArgumentsAsync(new()
        {
            ["files"] = "dist/app one.zip\n!dist/*.pdb, -odd.zip",
            ["api-url"] = " https://mirror.example/api/v1/ ",
            ["mirrors"] = "1\r\n3,4",
            ["chunk-size"] = "1048576",
            ["stall-timeout"] = "30.5",
            ["deadline"] = "600",
            ["dry-run"] = "TRUE",
            ["split"] = "true",
            ["include-hidden-files"] = "true",
            ["parallel"] = "16",
        });

        Assert.Equal(["--api-url", "https://mirror.example/api/v1/", "--mirrors", "1,3,4", "--chunk-size", "1048576", "--stall-timeout", "30.5",
            "--deadline", "600", "--dry-run", "--split", "--include-hidden", "--parallel", "16"], options);
        // After "--" in the upload step, so a pattern starting with "-" stays a pattern.
        Assert.Equal(["dist/app one.zip", "!dist/*.pdb", "-odd.zip"], patterns);
    }

    [Fact]
    public async Task Empty_inputs_leave_the_tool_to_its_defaults()
    {
        var (options, patterns) = await ArgumentsAsync(new()
        {
            ["files"] = "app.zip",
            ["api-url"] = "",
            ["parallel"] = "",
        });

        Assert.Empty(options);
        Assert.Equal(["app.zip"], patterns);
    }
}
