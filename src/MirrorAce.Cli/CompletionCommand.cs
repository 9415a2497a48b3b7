using System.CommandLine;

namespace MirrorAce.Cli;

/// <summary><c>mirrorace completion bash|zsh|pwsh</c>: prints a shell's completion script for the commands and options.</summary>
internal static class CompletionCommand
{
    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "The shell: bash, zsh or pwsh." };
        shell.AcceptOnlyFromAmong(CompletionScripts.Shells);
        var command = new Command("completion", "Print a shell completion script. bash: source <(mirrorace completion bash); zsh: source <(mirrorace completion zsh) after compinit; pwsh: mirrorace completion pwsh | Out-String | Invoke-Expression.") { shell };
        command.SetAction(parse =>
        {
            Console.Out.Write(CompletionScripts.For(parse.GetValue(shell)!, parse.RootCommandResult.Command));
            return ExitCodes.Success;
        });
        return command;
    }
}
