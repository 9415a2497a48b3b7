namespace MirrorAce.Action;

/// <summary>
/// The step's <c>with:</c> values. A Docker action gets input <c>api-key</c> as the environment
/// variable <c>INPUT_API-KEY</c>: upper-cased, hyphens kept, spaces turned into underscores.
/// GitHub does not enforce <c>required: true</c>, so absence is checked by the reader of a value.
/// </summary>
internal sealed class ActionInputs(Func<string, string?> environment)
{
    public static ActionInputs FromEnvironment() => new(Environment.GetEnvironmentVariable);

    public static string VariableName(string input) => "INPUT_" + input.Replace(' ', '_').ToUpperInvariant();

    /// <summary>The input's value with surrounding whitespace removed; empty when unset.</summary>
    public string Input(string name) => (environment(VariableName(name)) ?? "").Trim();
}
