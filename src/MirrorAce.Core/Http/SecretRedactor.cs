namespace MirrorAce.Http;

/// <summary>Blanks out known secrets in text that quotes a server (an error page may echo a request).</summary>
internal sealed class SecretRedactor(IEnumerable<string?> secrets)
{
    private readonly string[] _secrets = secrets.Where(s => !string.IsNullOrEmpty(s) && s.Length >= 4)
        .SelectMany(s => new[] { s!, Uri.EscapeDataString(s!) })
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
