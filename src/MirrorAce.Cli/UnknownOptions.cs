using System.CommandLine;
using System.CommandLine.Parsing;

namespace MirrorAce.Cli;

/// <summary>
/// Finds a token that looks like an option but is none. System.CommandLine would take <c>--jsn</c> as one more path,
/// and the user would read "file does not exist" for a typo; a path that starts with '-' goes after '--' instead.
/// </summary>
internal static class UnknownOptions
{
    public static string? Find(ParseResult parse)
    {
        var optionValues = new HashSet<Token>(parse.CommandResult.Children.OfType<OptionResult>().SelectMany(o => o.Tokens), ReferenceEqualityComparer.Instance);
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) break;
            if (token.Type == TokenType.Argument && LooksLikeOption(token.Value) && !optionValues.Contains(token)) return token.Value;
        }
        // Tokens the parser could not place at all (a command without arguments) are in neither list above;
        // the first word after 'mirrorace' that is no command is a mistyped command.
        if (parse.CommandResult.Command is RootCommand && parse.UnmatchedTokens.Count > 0 && parse.Tokens.Count > 0
            && parse.Tokens[0].Value == parse.UnmatchedTokens[0])
            return parse.UnmatchedTokens[0];
        return parse.UnmatchedTokens.FirstOrDefault(LooksLikeOption);
    }

    /// <summary>The coded line for <paramref name="token"/>, with the closest option (or command) if one is close.</summary>
    public static string Message(ParseResult parse, string token)
    {
        var command = parse.CommandResult.Command;
        var name = command is RootCommand ? "mirrorace" : "mirrorace " + command.Name;
        var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(command.Subcommands.Select(c => c.Name));
        if (!LooksLikeOption(token))
        {
            var meant = Suggestion.Closest(token, command.Subcommands.Select(c => c.Name)) is { } closest ? $" Did you mean {closest}?" : "";
            return $"{token}: '{name}' has no such command.{meant} Run '{name} --help' for the commands.";
        }
        var typed = token.Split('=', 2)[0];
        var hint = Suggestion.Closest(typed, known) is { } near ? $" Did you mean {near}?" : "";
        var path = command.Arguments.Count > 0 ? $" A path that starts with '-' goes after '--' ({name} -- {typed})." : "";
        return $"{typed}: '{name}' has no such option.{hint}{path} Run '{name} --help' for the options.";
    }

    // '-' alone is a file name that means stdout or stdin; a negative number is a value, not an option.
    private static bool LooksLikeOption(string value) => value.Length > 1 && value[0] == '-' && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _);
}
