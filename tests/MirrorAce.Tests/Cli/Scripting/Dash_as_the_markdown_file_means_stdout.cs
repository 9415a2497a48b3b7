using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Scripting;

/// <summary>Issue 16: <c>-</c> wherever a file is asked for is stdout; two documents cannot share it.</summary>
public class Dash_as_the_markdown_file_means_stdout
{
    [Fact]
    public async Task The_markdown_table_is_printed_alone_and_no_file_named_dash_is_made()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("app.zip", 1_000);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip", "--links-markdown", "-", "--links-json", "links.json");

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        var link = Assert.Single(MirrorAce.Output.LinksJson.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json"))));
        Assert.Equal(MirrorAce.Output.LinksMarkdown.Render([link]), run.StandardOutput);
        Assert.Contains("Uploaded 1 of 1 file.", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "-")));
    }

    [Fact]
    public async Task Json_and_markdown_both_on_stdout_is_refused_before_sending()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("app.zip", 1_000);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip", "--json", "--links-markdown", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("mirrorace: error MA1022: stdout can carry", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }
}
