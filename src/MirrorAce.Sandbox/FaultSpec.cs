using System.Globalization;

namespace MirrorAce.Sandbox;

/// <summary>
/// Faults written as text, for the command line and the <c>/_sandbox/faults</c> endpoint:
/// <c>KIND:ENDPOINT[:N[:TIMES[:STALL_MS]]]</c> (e.g. <c>html500:chunk:2</c>) and, for random faults on
/// chunk requests, <c>PROBABILITY:SEED:KIND[,KIND…]</c> (e.g. <c>0.2:42:reset-mid-body,html500</c>).
/// Names are the <see cref="FaultKind"/> and <see cref="Endpoint"/> names, in any case, with or without hyphens.
/// </summary>
public static class FaultSpec
{
    private static readonly (string Name, Endpoint Endpoint)[] EndpointNames =
    [
        ("file-upload", Endpoint.UploadVariables),
        ("upload-variables", Endpoint.UploadVariables),
        ("chunk", Endpoint.Chunk),
        ("server-file", Endpoint.Chunk),
        ("remote", Endpoint.Remote),
        ("server-remote", Endpoint.Remote),
        ("file-info", Endpoint.FileInfo),
    ];

    /// <summary>The kinds as the command line spells them, e.g. <c>reset-mid-body</c>.</summary>
    public static IEnumerable<string> KindNames => Enum.GetValues<FaultKind>().Select(Kebab);

    /// <summary>The endpoints as the command line spells them.</summary>
    public static IEnumerable<string> EndpointSpellings => EndpointNames.Select(e => e.Name);

    public static (Fault? Fault, string? Error) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 5)
        {
            return (null, $"Fault '{text}' is not KIND:ENDPOINT[:N[:TIMES[:STALL_MS]]].");
        }

        if (ParseKind(parts[0]) is not { } kind)
        {
            return (null, $"Unknown fault kind '{parts[0]}': one of {string.Join(", ", KindNames)}.");
        }

        if (ParseEndpoint(parts[1]) is not { } endpoint)
        {
            return (null, $"Unknown endpoint '{parts[1]}': one of {string.Join(", ", EndpointSpellings)}.");
        }

        var numbers = new int[3];
        for (var i = 2; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i - 2]) || (i < 4 && numbers[i - 2] < 1))
            {
                return (null, $"Fault '{text}': '{parts[i]}' must be a whole number{(i < 4 ? " of at least 1" : "")}.");
            }
        }

        return (new Fault(
            kind,
            endpoint,
            OnRequest: parts.Length > 2 ? numbers[0] : 1,
            Times: parts.Length > 3 ? numbers[1] : 1,
            Duration: parts.Length > 4 ? TimeSpan.FromMilliseconds(numbers[2]) : null), null);
    }

    /// <summary>Parses and arms a random-fault spec on <paramref name="plan"/>; returns the error, or null.</summary>
    public static string? ArmRandom(FaultPlan plan, string text)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        if (parts.Length != 3
            || !double.TryParse(parts[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var probability)
            || probability is < 0 or > 1
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return $"Random faults '{text}' are not PROBABILITY:SEED:KIND[,KIND…] with 0 <= PROBABILITY <= 1.";
        }

        var kinds = new List<FaultKind>();
        foreach (var name in parts[2].Split(','))
        {
            if (ParseKind(name) is not { } kind)
            {
                return $"Unknown fault kind '{name}': one of {string.Join(", ", KindNames)}.";
            }

            kinds.Add(kind);
        }

        plan.Random(probability, seed, [.. kinds]);
        return null;
    }

    private static FaultKind? ParseKind(string name)
    {
        var wanted = Squash(name);
        return Enum.GetValues<FaultKind>().Cast<FaultKind?>().FirstOrDefault(k => Squash(k!.Value.ToString()) == wanted);
    }

    private static Endpoint? ParseEndpoint(string name)
    {
        var wanted = Squash(name);
        return EndpointNames.Where(e => Squash(e.Name) == wanted).Select(e => (Endpoint?)e.Endpoint).FirstOrDefault()
            ?? Enum.GetValues<Endpoint>().Cast<Endpoint?>().FirstOrDefault(e => Squash(e!.Value.ToString()) == wanted);
    }

    private static string Squash(string name) =>
        name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();

    private static string Kebab(FaultKind kind)
    {
        var name = kind.ToString();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            // A hyphen before each capital that starts a word: "Html500" -> "html500", "ResetMidBody" -> "reset-mid-body".
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
