using System.Reflection;
using System.Text.RegularExpressions;

namespace MirrorAce.Tests.Codes;

/// <summary>
/// <see cref="ErrorCodes"/> is the one catalogue and docs/errors.md its user-facing list: each code is one constant, each
/// constant has a row, and each row's code is a constant, so neither can drift from the other.
/// </summary>
public sealed partial class Every_error_code_is_one_constant_with_one_row_in_errors_md
{
    private static readonly IReadOnlyList<(string Name, string Code)> Constants = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (f.Name, (string)f.GetRawConstantValue()!))
        .ToList();

    private static readonly IReadOnlyList<string> Documented = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "errors.md"))
        .Select(line => TableRow().Match(line))
        .Where(m => m.Success)
        .SelectMany(m => Code().Matches(m.Groups[1].Value).Select(c => c.Value))
        .ToList();

    [Fact]
    public void Each_constant_is_a_code_of_its_own()
    {
        // The control: the catalogue is read at all, engine, MSBuild and GitHub codes alike.
        Assert.Contains(("FileNotFound", "MA1001"), Constants);
        Assert.Contains(("ReleaseNotFound", "MA3001"), Constants);
        Assert.Contains(("SummaryNotWritten", "MA2005"), Constants);
        Assert.All(Constants, c => Assert.Matches(@"^MA[123][0-9]{3}$", c.Code));
        var shared = Constants.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Name))}");
        Assert.Empty(shared);
    }

    [Fact]
    public void Each_constant_has_one_row_in_errors_md()
    {
        Assert.Contains("MA1001", Documented);
        Assert.Contains("MA2005", Documented);
        var missing = Constants.Where(c => !Documented.Contains(c.Code)).Select(c => $"{c.Code} ({c.Name})");
        Assert.Empty(missing);
        var twice = Documented.GroupBy(code => code).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(twice);
    }

    [Fact]
    public void Each_code_errors_md_lists_is_a_constant()
    {
        Assert.NotEmpty(Documented);
        var codes = Constants.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = Documented.Where(code => !codes.Contains(code));
        Assert.Empty(unknown);
    }


    // The first cell of a table row that starts with a code: "| MA1010 / MA1011 | …" or "| MA3001–MA3013 | …".
    [GeneratedRegex(@"^\|\s*(MA[^|]*)\|")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"MA[0-9]{4}")]
    private static partial Regex Code();
}
