using MirrorAce.Action.Tests.Composite.Support;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>
/// reuse defaults to true, which is the tool's default too: only false is passed on, as --no-reuse. The install (the next
/// step) stops at a branch ref, so no feed is needed.
/// </summary>
public class The_reuse_input_false_becomes_the_tools_no_reuse
{
    private static async Task<(CompositeResult Result, string[] Options)> RunAsync(string reuse)
    {
        using var run = new CompositeRun { ActionRef = "main" };
        run.Inputs["files"] = "app.zip";
        run.Inputs["reuse"] = reuse;
        var result = await run.RunAsync();
        if (!result.StepOutputs.TryGetValue("prepare", out var prepare) || !prepare.TryGetValue("dir", out var dir)) return (result, []);
        var options = File.ReadAllText(Path.Combine(dir, "options"));
        return (result, options.Length == 0 ? [] : options.Split('\0')[..^1]);
    }

    [Theory]
    [InlineData("false", new[] { "--no-reuse" })]
    [InlineData(" FALSE ", new[] { "--no-reuse" })]
    [InlineData("true", new string[0])]
    [InlineData("", new string[0])]
    public async Task Only_false_is_passed_on(string reuse, string[] expected)
    {
        var (result, options) = await RunAsync(reuse);

        Assert.Equal("install", result.FailedStep);
        // The other inputs' defaults (api-url, parallel) are passed too; of reuse, only --no-reuse exists.
        Assert.Equal(expected, options.Where(o => o.Contains("reuse", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Another_value_is_refused_by_name_before_the_install()
    {
        var (result, _) = await RunAsync("no");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["prepare"], result.StepsRun);
        Assert.Contains("::error title=MirrorAce MA1022::MA1022: The input 'reuse' is neither true nor false.", result.Log, StringComparison.Ordinal);
    }
}
