using MirrorAce.Output;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Scripting;

/// <summary>Issue 16: <c>--json</c> (and <c>--links-json -</c>) make stdout the links JSON and nothing else, for a pipe.</summary>
public class Json_prints_the_links_json_alone_on_stdout
{
    [Theory]
    [InlineData("--json")]
    [InlineData("--links-json", "-")]
    public async Task Stdout_parses_as_the_links_and_the_summary_goes_to_stderr(params string[] option)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var a = dir.CreateFile("dist/a.zip", 2_000);
        var b = dir.CreateFile("dist/b.zip", 3_000);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, ["upload", "dist/*.zip", .. option]);

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        var links = LinksJson.Parse(run.StandardOutput);
        Assert.Equal(["a.zip", "b.zip"], links.Select(l => l.Name));
        Assert.Equal(TempDirectory.Sha256Of(a), sandbox.FindBySlug(links[0].Slug)!.Sha256);
        Assert.Equal(TempDirectory.Sha256Of(b), sandbox.FindBySlug(links[1].Slug)!.Sha256);
        Assert.StartsWith("[", run.StandardOutput, StringComparison.Ordinal);
        Assert.EndsWith("]\n", run.StandardOutput, StringComparison.Ordinal);
        // The people watching still see the progress and the table, on stderr.
        Assert.Contains("dist/a.zip: done", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("Uploaded 2 of 2 files.", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "-")), "'-' must mean stdout, not a file named '-'");
    }
}
