using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Scripting;

/// <summary>Issue 16: <c>mirrorace completion bash|zsh|pwsh</c> prints a script for that shell built from the command tree.</summary>
public class Completion_scripts_name_the_commands_and_options
{
    [Theory]
    [InlineData("bash", "complete -o filenames -F _mirrorace mirrorace")]
    [InlineData("zsh", "compdef _mirrorace mirrorace")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName mirrorace")]
    public async Task The_script_registers_itself_and_lists_every_command_and_option(string shell, string registration)
    {
        using var dir = new TempDirectory();

        var run = await MirrorAceCli.RunAsync(dir.Path, null, "completion", shell);

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal("", run.StandardError);
        Assert.Contains(registration, run.StandardOutput, StringComparison.Ordinal);
        foreach (var word in new[] { "upload", "mirror", "status", "completion", "--links-json", "--links-markdown", "--chunk-size", "--password-env", "--json", "--quiet", "--dry-run", "--version" })
            Assert.Contains(word, run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("-?", run.StandardOutput, StringComparison.Ordinal); // a glob to the shell
        var script = Path.Combine(dir.Path, "completion." + shell);
        await File.WriteAllTextAsync(script, run.StandardOutput);
        // The shell itself, where installed, must accept the script's syntax.
        var checker = shell == "pwsh" ? null : new[] { "/bin/" + shell, "/usr/bin/" + shell }.FirstOrDefault(File.Exists);
        if (checker is null) return;
        var check = await CliWrap.Cli.Wrap(checker).WithArguments(["-n", script]).WithValidation(CliWrap.CommandResultValidation.None)
            .ExecuteAsync(CancellationToken.None);
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public async Task Bash_completes_upload_options_from_the_script()
    {
        if (!File.Exists("/bin/bash")) return;
        using var dir = new TempDirectory();
        var run = await MirrorAceCli.RunAsync(dir.Path, null, "completion", "bash");
        var script = Path.Combine(dir.Path, "completion.bash");
        await File.WriteAllTextAsync(script, run.StandardOutput);

        // What bash does on "mirrorace upload --links<TAB>": sets the words and calls the function.
        var complete = await CliWrap.Buffered.BufferedCommandExtensions.ExecuteBufferedAsync(CliWrap.Cli.Wrap("/bin/bash")
            .WithArguments(["-c", $"source '{script}'; COMP_WORDS=(mirrorace upload --links); COMP_CWORD=2; _mirrorace; printf '%s\\n' \"${{COMPREPLY[@]}}\""])
            .WithValidation(CliWrap.CommandResultValidation.None));

        Assert.Equal(0, complete.ExitCode);
        Assert.Equal(["--links-json", "--links-markdown"], complete.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order());
    }
}
