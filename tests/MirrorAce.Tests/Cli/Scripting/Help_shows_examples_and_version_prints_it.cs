using System.Text.RegularExpressions;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Scripting;

/// <summary>Issue 16: <c>--help</c> ends with examples to copy; <c>--version</c> prints the version alone.</summary>
public partial class Help_shows_examples_and_version_prints_it
{
    [Theory]
    [InlineData("upload", "mirrorace upload 'dist/*.zip' --links-json links.json")]
    [InlineData("status", "mirrorace status links.json --json")]
    [InlineData("completion", "source <(mirrorace completion bash)")]
    public async Task Each_command_help_ends_with_examples(string command, string example)
    {
        using var dir = new TempDirectory();

        var run = await MirrorAceCli.RunAsync(dir.Path, null, command, "--help");

        Assert.Equal(0, run.ExitCode);
        var examples = run.StandardOutput.IndexOf("Examples:", StringComparison.Ordinal);
        Assert.True(examples > run.StandardOutput.IndexOf("Options:", StringComparison.Ordinal), run.StandardOutput);
        Assert.Contains(example, run.StandardOutput[examples..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_version_alone()
    {
        using var dir = new TempDirectory();

        var run = await MirrorAceCli.RunAsync(dir.Path, null, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(Version(), run.StandardOutput);
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+\S*\n$")]
    private static partial Regex Version();
}
