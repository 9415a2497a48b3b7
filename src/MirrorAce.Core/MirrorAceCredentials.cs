namespace MirrorAce;

/// <summary>The account's API key and token. <see cref="ToString"/> never reveals them.</summary>
public sealed class MirrorAceCredentials
{
    /// <summary>The default environment variable holding the API key.</summary>
    public const string ApiKeyVariable = "MIRRORACE_API_KEY";
    /// <summary>The default environment variable holding the API token.</summary>
    public const string ApiTokenVariable = "MIRRORACE_API_TOKEN";

    /// <summary>Creates credentials; both parts are required.</summary>
    public MirrorAceCredentials(string apiKey, string apiToken)
    {
        ApiKey = string.IsNullOrWhiteSpace(apiKey) ? throw Missing("API key", ApiKeyVariable) : apiKey.Trim();
        ApiToken = string.IsNullOrWhiteSpace(apiToken) ? throw Missing("API token", ApiTokenVariable) : apiToken.Trim();
    }

    /// <summary>The API key.</summary>
    public string ApiKey { get; }
    /// <summary>The API token.</summary>
    public string ApiToken { get; }

    /// <summary>Reads the credentials from environment variables (never from arguments: those show in process lists).</summary>
    /// <exception cref="MirrorAceException">MA1020 when a variable is unset or empty.</exception>
    public static MirrorAceCredentials FromEnvironment(string apiKeyVariable = ApiKeyVariable, string apiTokenVariable = ApiTokenVariable, Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var key = read(apiKeyVariable);
        var token = read(apiTokenVariable);
        if (string.IsNullOrWhiteSpace(key)) throw Missing("API key", apiKeyVariable);
        if (string.IsNullOrWhiteSpace(token)) throw Missing("API token", apiTokenVariable);
        return new MirrorAceCredentials(key, token);
    }

    /// <inheritdoc />
    public override string ToString() => "MirrorAceCredentials(***)";

    private static MirrorAceException Missing(string what, string variable) => new(
        ErrorCodes.MissingCredentials,
        $"The MirrorAce {what} is missing",
        $"Set the environment variable {variable} (in CI, from a secret). Your key and token are on your MirrorAce account's API page.",
        step: UploadStep.Validate);
}
