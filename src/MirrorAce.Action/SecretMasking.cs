namespace MirrorAce.Action;

/// <summary>
/// Registers the secret inputs with the runner before anything else is printed, so that no
/// later line (ours, or an exception's) can show them. The runner masks values it was given
/// as <c>secrets.*</c> already; a value built some other way (an expression, a variable) is not.
/// </summary>
internal static class SecretMasking
{
    public static void MaskSecretInputs(ActionInputs inputs, WorkflowCommands log)
    {
        foreach (var secret in new[] { inputs.Input("api-key"), inputs.Input("api-token"), inputs.Input("file-password"), inputs.Input("github-token") })
        {
            foreach (var value in MaskedValues(secret))
                log.AddMask(value);
        }
    }

    /// <summary>
    /// The value itself and, for a multi-line value, each of its lines: the runner masks line by
    /// line, so a multi-line secret is only hidden when every line is registered.
    /// </summary>
    public static IEnumerable<string> MaskedValues(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret)) yield break;
        var lines = secret.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 1)
        {
            yield return lines[0];
            yield break;
        }
        foreach (var line in lines.Distinct(StringComparer.Ordinal))
            yield return line;
    }
}
