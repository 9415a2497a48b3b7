using MirrorAce.Action.Tests.Composite.Support;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>create-release and release-draft only matter with release notes, which the mirrorace tool cannot write yet: the composite refuses them by name.</summary>
public class Create_release_inputs_are_refused_until_the_tool_writes_release_notes
{
    [Theory]
    [InlineData("create-release")]
    [InlineData("release-draft")]
    public async Task Names_the_input_and_stops_before_the_install(string input)
    {
        using var run = new CompositeRun();
        run.Inputs["files"] = "dist/*.zip";
        run.Inputs["api-key"] = "key-0123456789";
        run.Inputs["api-token"] = "token-0123456789";
        run.Inputs[input] = "true";

        var result = await run.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["prepare"], result.StepsRun);
        Assert.Contains($"::error title=MirrorAce MA1022::MA1022: The input '{input}' is set, but the composite variant cannot", result.Log, StringComparison.Ordinal);
    }
}
