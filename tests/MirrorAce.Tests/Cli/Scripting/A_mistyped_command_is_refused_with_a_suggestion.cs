using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Scripting;

/// <summary>Issue 16: "mirrorace uplaod a.zip" is one coded line naming the command meant, not a list of parser errors.</summary>
public class A_mistyped_command_is_refused_with_a_suggestion
{
    [Fact]
    public async Task Exit_2_with_one_MA1022_line_and_did_you_mean()
    {
        using var dir = new TempDirectory();

        var run = await MirrorAceCli.RunAsync(dir.Path, null, "uplaod", "a.zip");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("mirrorace: error MA1022: uplaod: 'mirrorace' has no such command. Did you mean upload?", line, StringComparison.Ordinal);
        Assert.Equal("", run.StandardOutput);
    }
}
