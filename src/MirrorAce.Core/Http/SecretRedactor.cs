namespace MirrorAce.Http;

/// <summary>Blanks out known secrets in text that quotes a server (an error page may echo a request).</summary>
internal sealed class SecretRedactor(IEnumerable<string?> secrets)
{
    private readonly string[] _secrets = secrets.Where(s => !string.IsNullOrEmpty(s) && s.Length >= 3)
        // As sent (urlencoded with %20 or +) and as a server might echo it inside JSON.
        .SelectMany(s => new[] { s!, Uri.EscapeDataString(s!), Uri.EscapeDataString(s!).Replace("%20", "+", StringComparison.Ordinal),
            System.Text.Json.JsonEncodedText.Encode(s!).ToString() })
        .Distinct()
        .OrderByDescending(s => s.Length)
        .ToArray();

    public string Redact(string text)
    {
        foreach (var secret in _secrets)
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        return text;
    }
}
