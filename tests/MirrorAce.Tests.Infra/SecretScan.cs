using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MirrorAce.Tests.Infra;

/// <summary>
/// The secret-scanning oracle the door tests share (in MirrorAce.Tests.Infra, which each test project references): the encodings a server may echo a
/// secret in, hostile answers that echo them, and a scan of every output for a secret in any of them. It decodes
/// outputs itself rather than asking the product's redactor, so a form the redactor misses is a leak found here.
/// </summary>
public static class SecretScan
{
    /// <summary>Secrets whose encodings all differ: '/', '"', 'é', a space, '+', '%', a character beyond the BMP.</summary>
    public const string ApiKey = "key/\"é +%😀-a1b2c3";

    public const string ApiToken = "tok/\"é +%😀-d4e5f6";

    public const string FilePassword = "pw/\"é +%😀-g7h8i9";

    /// <summary>A header holds ASCII without '"' or '\\' (.NET refuses the header otherwise), so a GitHub token gets the other characters whose encodings differ.</summary>
    public const string GitHubToken = "ghs_/x +%y&z<j0k1l2m3";

    /// <summary>Each encoding: its name and how it turns a secret into text.</summary>
    public static IReadOnlyList<(string Name, Func<string, string> Encode)> Forms { get; } =
    [
        ("raw", s => s),
        (".NET JSON", s => JsonEncodedText.Encode(s).ToString()),
        ("PHP JSON (\\/, lower-case \\u)", PhpJson),
        ("PHP JSON, unescaped unicode", s => PhpJson(s, unescapedUnicode: true)),
        ("JSON, every character \\u lower-case", s => AllUnicodeEscapes(s, upper: false)),
        ("JSON, every character \\u upper-case", s => AllUnicodeEscapes(s, upper: true)),
        ("PHP JSON twice", s => PhpJson(PhpJson(s))),
        ("percent-encoded, upper-case hex", Uri.EscapeDataString),
        ("percent-encoded, lower-case hex", s => Regex.Replace(Uri.EscapeDataString(s), "%[0-9A-F]{2}", m => m.Value.ToLowerInvariant())),
        ("form-encoded, + for space", s => WebUtility.UrlEncode(s)),
        ("HTML-escaped", WebUtility.HtmlEncode),
        ("HTML decimal references", s => string.Concat(Runes(s).Select(r => $"&#{r.Value.ToString(CultureInfo.InvariantCulture)};"))),
        ("HTML hex references", s => string.Concat(Runes(s).Select(r => $"&#x{r.Value.ToString("x", CultureInfo.InvariantCulture)};"))),
        ("mixed per character", Mixed),
    ];

    /// <summary>
    /// The JSON text of a MirrorAce refusal that echoes <paramref name="secrets"/> in form <paramref name="form"/>, marked
    /// <paramref name="marker"/>: as a result string (the form itself reaches the client's text) or, when
    /// <paramref name="asObject"/>, inside a result object whose raw JSON the client quotes (the form must then be JSON-safe).
    /// </summary>
    public static string EchoingRefusal(string marker, int form, bool asObject, params string[] secrets)
    {
        var echo = marker + " bad credentials " + string.Join(" | ", secrets.Select(Forms[form].Encode));
        return asObject
            ? "{\"status\":\"error\",\"result\":{\"message\":\"" + echo + "\"}}"
            : "{\"status\":\"error\",\"result\":" + JsonSerializer.Serialize(echo) + "}";
    }

    /// <summary>
    /// Every hostile refusal to try: each form as a result string, and each JSON-safe form also raw inside a result object;
    /// each marked <c>echo-case-NN</c> so a test can see that its message reached the output.
    /// </summary>
    public static IReadOnlyList<(string Marker, string Json)> EchoingRefusals(params string[] secrets)
    {
        var cases = new List<(string, string)>();
        for (var form = 0; form < Forms.Count; form++)
        {
            foreach (var asObject in new[] { false, true })
            {
                if (asObject && !IsJsonSafe(form, secrets)) continue;
                var marker = $"echo-case-{cases.Count:00}";
                cases.Add((marker, EchoingRefusal(marker, form, asObject, secrets)));
            }
        }
        return cases;
    }

    /// <summary>
    /// A sandbox answer rewriter: the run's first <c>file/upload</c> (its check of the account) passes, each later one is
    /// refused with the next of <paramref name="cases"/>, one file each; once they are used up, files upload normally.
    /// </summary>
    public static Func<Sandbox.Endpoint, string, string> RefusingEachFileWith(IReadOnlyList<(string Marker, string Json)> cases)
    {
        var count = 0;
        return (endpoint, json) =>
        {
            if (endpoint != Sandbox.Endpoint.UploadVariables) return json;
            var i = Interlocked.Increment(ref count) - 2;
            return i >= 0 && i < cases.Count ? cases[i].Json : json;
        };
    }

    /// <summary>Whether form <paramref name="form"/> of these secrets may stand inside a JSON string as it is.</summary>
    public static bool IsJsonSafe(int form, params string[] secrets)
    {
        var text = string.Concat(secrets.Select(Forms[form].Encode));
        try
        {
            JsonDocument.Parse("\"" + text + "\"").Dispose();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// Every (output, secret) where the secret shows, raw or in any encoding or mix of encodings: the output is decoded
    /// (workflow-command, JSON, percent/form and HTML escapes, in every order, three levels deep) and each view searched.
    /// </summary>
    public static IReadOnlyList<string> Leaks(IReadOnlyDictionary<string, string> outputs, params string[] secrets)
    {
        var leaks = new List<string>();
        foreach (var (name, text) in outputs)
        {
            var views = Views(text);
            foreach (var secret in secrets)
            {
                var found = views.Any(v => v.Contains(secret, StringComparison.Ordinal))
                    || Forms.Any(f => text.Contains(f.Encode(secret), StringComparison.Ordinal));
                if (found) leaks.Add($"{name}: secret '{Describe(secret)}'");
            }
        }
        return leaks;
    }

    /// <summary>The secret's first characters, enough to tell which one leaked in a failure message (the secrets are fake).</summary>
    private static string Describe(string secret) => secret[..Math.Min(4, secret.Length)] + "…";

    private static HashSet<string> Views(string text)
    {
        var views = new HashSet<string>(StringComparer.Ordinal) { text };
        var frontier = new List<string> { text };
        for (var depth = 0; depth < 3; depth++)
        {
            var next = new List<string>();
            foreach (var view in frontier)
            {
                foreach (var decoded in new[] { WorkflowUnescape(view), JsonUnescape(view), PercentDecode(view, plus: false), PercentDecode(view, plus: true), WebUtility.HtmlDecode(view) })
                {
                    if (views.Add(decoded)) next.Add(decoded);
                }
            }
            frontier = next;
        }
        return views;
    }

    private static string WorkflowUnescape(string text) =>
        text.Replace("%0D", "\r", StringComparison.Ordinal).Replace("%0A", "\n", StringComparison.Ordinal)
            .Replace("%3A", ":", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal);

    private static string JsonUnescape(string text) =>
        Regex.Replace(text, @"\\u([0-9a-fA-F]{4})|\\([\\/""bfnrt])", m => m.Groups[1].Success
            ? ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()
            : m.Groups[2].Value switch { "b" => "\b", "f" => "\f", "n" => "\n", "r" => "\r", "t" => "\t", var c => c });

    private static string PercentDecode(string text, bool plus)
    {
        // Runs of %XX as UTF-8, so multi-byte characters decode whole; anything invalid stays as it is.
        var decoded = Regex.Replace(text, "(?:%[0-9a-fA-F]{2})+", m =>
        {
            var bytes = Enumerable.Range(0, m.Length / 3).Select(i => byte.Parse(m.Value.AsSpan(i * 3 + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            return Encoding.UTF8.GetString(bytes);
        });
        return plus ? decoded.Replace('+', ' ') : decoded;
    }

    private static string PhpJson(string s) => PhpJson(s, unescapedUnicode: false);

    // PHP's json_encode: '/' as \/, '"' and '\' escaped, non-ASCII as lower-case \uXXXX (surrogate pairs) unless JSON_UNESCAPED_UNICODE.
    private static string PhpJson(string s, bool unescapedUnicode)
    {
        var text = new StringBuilder();
        foreach (var c in s)
        {
            text.Append(c switch
            {
                '/' => "\\/",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < 0x20 || (c > 0x7E && !unescapedUnicode) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    private static string AllUnicodeEscapes(string s, bool upper) =>
        string.Concat(s.Select(c => "\\u" + ((int)c).ToString(upper ? "X4" : "x4", CultureInfo.InvariantCulture)));

    // Each character in the next of six encodings: what a chain of servers and proxies could make of it.
    private static string Mixed(string s)
    {
        var text = new StringBuilder();
        var i = 0;
        foreach (var rune in Runes(s))
        {
            var r = rune.ToString();
            text.Append((i++ % 6) switch
            {
                0 => r,
                1 => AllUnicodeEscapes(r, upper: false),
                2 => Uri.EscapeDataString(r).Length > r.Length ? Uri.EscapeDataString(r) : string.Concat(Encoding.UTF8.GetBytes(r).Select(b => $"%{b:X2}")),
                3 => $"&#{rune.Value.ToString(CultureInfo.InvariantCulture)};",
                4 => AllUnicodeEscapes(r, upper: true),
                _ => string.Concat(Encoding.UTF8.GetBytes(r).Select(b => $"%{b:x2}")),
            });
        }
        return text.ToString();
    }

    private static List<Rune> Runes(string s) => [.. s.EnumerateRunes()];
}
