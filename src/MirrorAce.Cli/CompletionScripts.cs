using System.CommandLine;
using System.Text;

namespace MirrorAce.Cli;

/// <summary>
/// Static completion scripts built from the command tree, so they list exactly the commands and options this build has:
/// commands first, then the options of the command typed (files where an argument goes), and the shells for <c>completion</c>.
/// </summary>
internal static class CompletionScripts
{
    public static readonly string[] Shells = ["bash", "zsh", "pwsh"];

    public static string For(string shell, Command root) => shell switch
    {
        "bash" => Bash(root),
        "zsh" => Zsh(root),
        _ => Pwsh(root),
    };

    /// <summary>
    /// The words a command's options can be written as. The help aliases /h, /? and -? are left out: a shell
    /// would read '?' as a pattern.
    /// </summary>
    public static IEnumerable<string> OptionsOf(Command command) =>
        command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(a => a.StartsWith('-') && !a.Contains('?')).Distinct(StringComparer.Ordinal);

    // Per command: the words that complete it when the next word is not a file (--help works on every command).
    private static IEnumerable<(string Name, string Words)> Commands(Command root) =>
        root.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, string.Join(' ', OptionsOf(c).Append("--help").Concat(c.Name == "completion" ? Shells : []))));

    private static string TopLevel(Command root) => string.Join(' ', root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).Concat(OptionsOf(root)));

    private static string Bash(Command root)
    {
        var script = new StringBuilder();
        script.Append("# bash completion for mirrorace: source <(mirrorace completion bash)\n");
        script.Append("_mirrorace() {\n");
        script.Append("    local cur=\"${COMP_WORDS[COMP_CWORD]}\" cmd=\"\" words i\n");
        script.Append("    for ((i = 1; i < COMP_CWORD; i++)); do\n");
        script.Append("        case \"${COMP_WORDS[i]}\" in\n");
        script.Append($"            {string.Join('|', root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}) cmd=\"${{COMP_WORDS[i]}}\"; break ;;\n");
        script.Append("        esac\n");
        script.Append("    done\n");
        script.Append("    case \"$cmd\" in\n");
        foreach (var (name, words) in Commands(root))
            script.Append($"        {name}) words=\"{words}\" ;;\n");
        script.Append($"        *) words=\"{TopLevel(root)}\" ;;\n");
        script.Append("    esac\n");
        script.Append("    if [[ -z \"$cmd\" || \"$cur\" == -* || \"$cmd\" == completion ]]; then\n");
        script.Append("        mapfile -t COMPREPLY < <(compgen -W \"$words\" -- \"$cur\")\n");
        script.Append("    else\n");
        script.Append("        mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n");
        script.Append("    fi\n");
        script.Append("}\n");
        script.Append("complete -o filenames -F _mirrorace mirrorace\n");
        return script.ToString();
    }

    private static string Zsh(Command root)
    {
        var script = new StringBuilder();
        script.Append("#compdef mirrorace\n");
        script.Append("# zsh completion for mirrorace: source <(mirrorace completion zsh), after compinit\n");
        script.Append("_mirrorace() {\n");
        script.Append("    if (( CURRENT == 2 )); then\n");
        script.Append($"        compadd -- {TopLevel(root)}\n");
        script.Append("        return\n");
        script.Append("    fi\n");
        script.Append("    case \"${words[2]}\" in\n");
        foreach (var (name, words) in Commands(root))
        {
            script.Append(name == "completion"
                ? $"        {name}) compadd -- {words} ;;\n"
                : $"        {name}) if [[ \"$PREFIX\" == -* ]]; then compadd -- {words}; else _files; fi ;;\n");
        }
        script.Append("    esac\n");
        script.Append("}\n");
        script.Append("compdef _mirrorace mirrorace\n");
        return script.ToString();
    }

    private static string Pwsh(Command root)
    {
        var script = new StringBuilder();
        script.Append("# PowerShell completion for mirrorace: mirrorace completion pwsh | Out-String | Invoke-Expression\n");
        script.Append("Register-ArgumentCompleter -Native -CommandName mirrorace -ScriptBlock {\n");
        script.Append("    param($wordToComplete, $commandAst, $cursorPosition)\n");
        script.Append("    $commands = @{\n");
        foreach (var (name, words) in Commands(root))
            script.Append($"        '{name}' = @({string.Join(", ", words.Split(' ').Select(w => $"'{w}'"))})\n");
        script.Append("    }\n");
        script.Append("    $typed = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })\n");
        script.Append("    $command = $typed | Where-Object { $commands.ContainsKey($_) } | Select-Object -First 1\n");
        script.Append($"    if (-not $command) {{ $candidates = @({string.Join(", ", TopLevel(root).Split(' ').Select(w => $"'{w}'"))}) }}\n");
        script.Append("    elseif ($wordToComplete -like '-*' -or $command -eq 'completion') { $candidates = $commands[$command] }\n");
        script.Append("    else { return }  # a path: PowerShell completes file names itself\n");
        script.Append("    $candidates | Where-Object { $_ -like \"$wordToComplete*\" } | ForEach-Object {\n");
        script.Append("        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)\n");
        script.Append("    }\n");
        script.Append("}\n");
        return script.ToString();
    }
}
