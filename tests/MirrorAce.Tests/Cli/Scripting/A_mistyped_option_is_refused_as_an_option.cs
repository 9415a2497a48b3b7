using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Scripting;

/// <summary>Issue 16: "upload dist/notes.txt --jsn" said MA1001, file not found; a typo is an unknown option, exit 2, with a suggestion.</summary>
public class A_mistyped_option_is_refused_as_an_option
{
    [Theory]
    [InlineData("--jsn", "--json", "upload", "notes.txt", "--jsn")]
    [InlineData("--paralel", "--parallel", "upload", "--paralel", "2", "notes.txt")]
    [InlineData("--link-json", "--links-json", "mirror", "https://example.com/a.zip", "--link-json", "l.json")]
    [InlineData("--jsno", "--json", "status", "links.json", "--jsno")]
    public async Task Exit_2_with_MA1022_and_did_you_mean(string typed, string meant, params string[] arguments)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("notes.txt", 10);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, arguments);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"mirrorace: error MA1022: {typed}: 'mirrorace {arguments[0]}' has no such option. Did you mean {meant}?", line, StringComparison.Ordinal);
        Assert.DoesNotContain("MA1001", run.StandardError, StringComparison.Ordinal);
        Assert.Equal("", run.StandardOutput);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task An_option_far_from_every_known_one_gets_no_guess()
    {
        using var dir = new TempDirectory();
        dir.CreateFile("notes.txt", 10);

        var run = await MirrorAceCli.RunAsync(dir.Path, null, "upload", "notes.txt", "--frobnicate-everything");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("mirrorace: error MA1022: --frobnicate-everything: 'mirrorace upload' has no such option.", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("mirrorace upload -- --frobnicate-everything", run.StandardError, StringComparison.Ordinal);
    }
}
