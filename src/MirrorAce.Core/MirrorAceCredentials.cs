namespace MirrorAce;

/// <summary>The account's API key and token. <see cref="ToString"/> never reveals them.</summary>
public sealed class MirrorAceCredentials
{
    /// <summary>The default environment variable holding the API key.</summary>
    public const string ApiKeyVariable = "MIRRORACE_API_KEY";
    /// <summary>The default environment variable holding the API token.</summary>
    public const string ApiTokenVariable = "MIRRORACE_API_TOKEN";

    /// <summary>Creates credentials; both parts are required, each at least <see cref="CredentialRules.MinimumLength"/> characters on one line.</summary>
    /// <exception cref="MirrorAceException">MA1020 when a part is empty, MA1023 when it is malformed.</exception>
    public MirrorAceCredentials(string apiKey, string apiToken)
        : this(apiKey, apiToken, ApiKeyVariable, ApiTokenVariable)
    {
    }

    private MirrorAceCredentials(string apiKey, string apiToken, string apiKeySource, string apiTokenSource)
    {
        ApiKey = string.IsNullOrWhiteSpace(apiKey) ? throw Missing("API key", apiKeySource)
            : CredentialRules.Require(apiKey.Trim(), "MirrorAce API key", apiKeySource);
        ApiToken = string.IsNullOrWhiteSpace(apiToken) ? throw Missing("API token", apiTokenSource)
            : CredentialRules.Require(apiToken.Trim(), "MirrorAce API token", apiTokenSource);
    }

    /// <summary>The API key.</summary>
    public string ApiKey { get; }
    /// <summary>The API token.</summary>
    public string ApiToken { get; }

    /// <summary>Reads the credentials from environment variables (never from arguments: those show in process lists).</summary>
    /// <exception cref="MirrorAceException">MA1020 when a variable is unset or empty, MA1023 when its value is malformed.</exception>
    public static MirrorAceCredentials FromEnvironment(string apiKeyVariable = ApiKeyVariable, string apiTokenVariable = ApiTokenVariable, Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var key = read(apiKeyVariable);
        var token = read(apiTokenVariable);
        if (string.IsNullOrWhiteSpace(key)) throw Missing("API key", apiKeyVariable);
        if (string.IsNullOrWhiteSpace(token)) throw Missing("API token", apiTokenVariable);
        return new MirrorAceCredentials(key, token, apiKeyVariable, apiTokenVariable);
    }

    /// <inheritdoc />
    public override string ToString() => "MirrorAceCredentials(***)";

    private static MirrorAceException Missing(string what, string variable) => Errors.MissingCredentials(what, variable);
}
