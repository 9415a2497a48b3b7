using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MirrorAce.Http;

/// <summary>
/// Blanks out known secrets (API key and token, file password, GitHub token) in text that quotes a server:
/// an error answer may echo a request, raw or encoded any way a server may encode it, one character at a time.
/// </summary>
/// <remarks>
/// Each character of a secret is matched in any of its encodings, mixed freely: raw; JSON <c>\uXXXX</c> in either
/// hex case (a surrogate pair for a character beyond the BMP) and <c>\/</c>, <c>\"</c>, <c>\\</c>, also escaped
/// again (a JSON string inside a JSON string); percent-encoded UTF-8 bytes in either hex case, <c>+</c> for a space;
/// HTML character references (<c>&amp;#NN;</c>, <c>&amp;#xNN;</c>, <c>&amp;quot;</c> and the like). One regex per
/// secret, built on first use (only error paths redact), with bounded repeats: linear in the text.
/// </remarks>
public sealed class SecretRedactor
{
    /// <summary>
    /// The shortest credential accepted anywhere (<see cref="ErrorCodes.MalformedCredentials"/> below it). Shorter values
    /// occur inside ordinary words and numbers, so blanking them would garble messages and show where they are; every
    /// real key, token and sensible password is longer (MirrorAce keys are 32 characters, GitHub tokens 40 and more).
    /// </summary>
    public const int MinimumSecretLength = 8;

    /// <summary>What a secret is replaced with.</summary>
    public const string Blank = "***";

    // One backslash per level of JSON escaping: a JSON string inside a JSON string inside a log line is deep enough.
    private const string Backslashes = @"\\{1,4}";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(5);

    private readonly Lazy<Regex[]> _patterns;

    /// <summary>A redactor for <paramref name="secrets"/>; nulls, empty values and values shorter than <see cref="MinimumSecretLength"/> are skipped (the doors refuse those as credentials).</summary>
    public SecretRedactor(IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var list = secrets.Where(s => s is { Length: >= MinimumSecretLength })
            .SelectMany(s => new[] { s!, s!.Trim() })
            .Where(s => s.Length >= MinimumSecretLength)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();
        _patterns = new Lazy<Regex[]>(() => [.. list.Select(Build)]);
    }

    /// <summary>An empty redactor: it changes nothing.</summary>
    public static SecretRedactor None { get; } = new([]);

    /// <summary><paramref name="text"/> with every secret, in any encoding, replaced by <see cref="Blank"/>.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return text;
        foreach (var pattern in _patterns.Value)
        {
            try
            {
                text = pattern.Replace(text, Blank);
            }
            catch (RegexMatchTimeoutException)
            {
                // Never let a text we could not scan through: say nothing of it instead.
                return "(text withheld: it could not be checked for secrets)";
            }
        }
        return text;
    }

    /// <summary><paramref name="text"/> redacted; null stays null.</summary>
    public string? RedactOrNull(string? text) => text is null ? null : Redact(text);

    private static Regex Build(string secret)
    {
        var pattern = new StringBuilder();
        for (var i = 0; i < secret.Length; i++)
        {
            var rune = Rune.GetRuneAt(secret, i);
            pattern.Append("(?:").AppendJoin('|', Forms(rune)).Append(')');
            i += rune.Utf16SequenceLength - 1;
        }
        // Interpreted: compiling would cost a JIT pass on the first error of a run, to save little on bodies this small.
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant, MatchTimeout);
    }

    private static List<string> Forms(Rune rune)
    {
        var forms = new List<string> { Regex.Escape(rune.ToString()) };
        // JSON: \uXXXX (a surrogate pair beyond the BMP), and the short escapes.
        var units = rune.ToString();
        forms.Add(string.Concat(units.Select(u => Backslashes + "u" + Hex(u, 4))));
        switch (rune.Value)
        {
            case '/': forms.Add(Backslashes + "/"); break;
            case '"': forms.Add(Backslashes + "\""); break;
            case '\\': forms.Add(Backslashes); break;
            case ' ': forms.Add(@"\+"); break;
        }

        // Percent-encoded UTF-8 bytes.
        forms.Add(string.Concat(Encoding.UTF8.GetBytes(units).Select(b => "%" + Hex(b, 2))));

        // HTML character references: the code point, each surrogate (some encoders write those), and the named ones.
        forms.Add("&#0{0,4}" + rune.Value.ToString(CultureInfo.InvariantCulture) + ";");
        forms.Add("&#[xX]0{0,4}" + Hex(rune.Value, 1) + ";");
        if (units.Length == 2)
        {
            forms.Add(string.Concat(units.Select(u => "&#" + ((int)u).ToString(CultureInfo.InvariantCulture) + ";")));
            forms.Add(string.Concat(units.Select(u => "&#[xX]" + Hex(u, 1) + ";")));
        }
        switch (rune.Value)
        {
            case '"': forms.Add("&quot;"); break;
            case '&': forms.Add("&amp;"); break;
            case '<': forms.Add("&lt;"); break;
            case '>': forms.Add("&gt;"); break;
            case '\'': forms.Add("&apos;"); break;
            case ' ': forms.Add("&nbsp;"); break;
        }
        return forms;
    }

    // Hex digits in either case: [aA] for each letter.
    private static string Hex(int value, int minDigits)
    {
        var digits = value.ToString("X" + minDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        foreach (var d in digits)
            text.Append(char.IsAsciiLetter(d) ? $"[{d}{char.ToLowerInvariant(d)}]" : d.ToString());
        return text.ToString();
    }
}
