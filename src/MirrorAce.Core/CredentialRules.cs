using System.Globalization;
using MirrorAce.Http;

namespace MirrorAce;

/// <summary>
/// What every door asks of a credential (API key, API token, file password, GitHub token) before it is sent:
/// at least <see cref="MinimumLength"/> characters, so that <see cref="SecretRedactor"/> can blank it out of
/// anything a server echoes, and no control character or line break, which no real one has and which would
/// split a header, a form field or a log line.
/// </summary>
public static class CredentialRules
{
    /// <summary>The shortest credential accepted: <see cref="SecretRedactor.MinimumSecretLength"/>.</summary>
    public const int MinimumLength = SecretRedactor.MinimumSecretLength;

    /// <summary>Why <paramref name="value"/> is not a usable credential, or null when it is one. Never quotes the value.</summary>
    public static string? Problem(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Any(IsBreakOrControl)) return "it holds a line break or another control character";
        if (value.Length < MinimumLength) return string.Create(CultureInfo.InvariantCulture, $"it is shorter than {MinimumLength} characters");
        return null;
    }

    /// <summary>
    /// The coded error for a malformed credential: which (<paramref name="what"/>), where it came from
    /// (<paramref name="source"/>: a variable or input name, never the value), why, and what to do.
    /// </summary>
    public static MirrorAceException Malformed(string what, string source, string problem, string? advice = null) =>
        Errors.MalformedCredentials(what, source, problem, advice);

    /// <summary>Throws <see cref="Malformed"/> unless <paramref name="value"/> is a usable credential; returns it.</summary>
    /// <exception cref="MirrorAceException"><see cref="ErrorCodes.MalformedCredentials"/>.</exception>
    public static string Require(string value, string what, string source, string? advice = null) =>
        Problem(value) is { } problem ? throw Malformed(what, source, problem, advice) : value;

    private static bool IsBreakOrControl(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
