using MirrorAce.Output;
using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli;

/// <summary>
/// In a GitHub <c>run:</c> step the runner reads the CLI's stdout and stderr: a file named <c>::warning::x</c> must not
/// become a command, and no file name or server word may put control characters on a terminal.
/// </summary>
public class Cli_prints_names_and_server_text_inert_and_printable
{
    private static readonly Dictionary<string, string?> UnderActions = new() { ["GITHUB_ACTIONS"] = "true" };

    [Fact]
    public async Task Under_GitHub_Actions_lines_with_command_like_names_are_fenced_and_the_upload_succeeds()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("::warning::x.bin", 1_000);
        dir.CreateFile("::error title=t::y.bin", 1_000);
        dir.CreateFile("z ##[error]z.bin", 1_000);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, UnderActions, "upload", "::warning::x.bin", "::error title=t::y.bin", "z ##[error]z.bin",
            "--links-json", "links.json");

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.Empty(RunnerLog.Commands(run.StandardOutput));
        Assert.Empty(RunnerLog.Commands(run.StandardError));
        // The names are shown, inside the fences, and the links are written as usual.
        Assert.Contains("::warning::x.bin", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("::stop-commands::", run.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(3, LinksJson.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json"))).Count);
    }

    [Fact]
    public async Task Control_characters_in_a_name_never_reach_the_terminal_or_the_server()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        const string name = "red\u001b[31m\u0007\u202eexe.bin";
        dir.CreateFile(name, 1_000);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", name);

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        HostileAnswers.AssertPrintable(run.StandardOutput, "stdout");
        HostileAnswers.AssertPrintable(run.StandardError, "stderr");
        Assert.Equal("red[31mexe.bin", Assert.Single(sandbox.Files).Name);
        Assert.Contains("red?[31m??exe.bin", run.StandardError, StringComparison.Ordinal); // the progress lines name the local path
        // Without GITHUB_ACTIONS nothing is fenced.
        Assert.DoesNotContain("::stop-commands::", run.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HostileAnswers.Urls), MemberType = typeof(HostileAnswers))]
    public async Task A_hostile_url_fails_the_file_with_MA1034_and_reaches_no_output(string url)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.AnswerRewriter = HostileAnswers.SetField(Endpoint.Chunk, "url", url));
        dir.CreateFile("app.zip", 1_000);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, UnderActions, "upload", "app.zip", "--links-json", "links.json", "--links-markdown", "links.md");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("mirrorace: error MA1034: app.zip: ", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("FAILED MA1034", run.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(RunnerLog.Commands(run.StandardOutput));
        Assert.Empty(RunnerLog.Commands(run.StandardError));
        HostileAnswers.AssertPrintable(run.StandardOutput, "stdout");
        HostileAnswers.AssertPrintable(run.StandardError, "stderr");
        Assert.DoesNotContain("app.zip: done", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        var markdown = await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.md"));
        Assert.DoesNotContain("mirrorace.example", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", markdown, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "links.json")) && (await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json"))).Contains("mirrorace.example", StringComparison.Ordinal));
    }
}
