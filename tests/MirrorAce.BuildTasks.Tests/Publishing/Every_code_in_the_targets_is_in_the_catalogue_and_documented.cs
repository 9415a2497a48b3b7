using System.Reflection;
using System.Text.RegularExpressions;
using MirrorAce.BuildTasks.Tests.EndToEnd;

namespace MirrorAce.BuildTasks.Tests.Publishing;

/// <summary>
/// The targets raise codes of their own (MA2001, MA2002) in XML, where no compiler checks them: each must be a constant of
/// the one catalogue (<see cref="ErrorCodes"/>) and have a line in docs/errors.md.
/// </summary>
public sealed partial class Every_code_in_the_targets_is_in_the_catalogue_and_documented
{
    [Fact]
    public void Each_Code_attribute_of_the_targets_files_is_a_catalogue_constant_with_a_row_in_errors_md()
    {
        var folder = Path.Combine(Repository.Root, "src", "MirrorAce.BuildTasks", "build");
        var codes = Directory.EnumerateFiles(folder, "*.targets")
            .SelectMany(f => CodeAttribute().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().Order().ToList();
        var catalogue = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        var documented = File.ReadAllText(Path.Combine(Repository.Root, "docs", "errors.md"));

        // The control: the pattern finds the codes the targets are known to raise, so an empty match cannot pass for a clean one.
        Assert.Contains("MA2001", codes);
        Assert.Contains("MA2002", codes);
        Assert.All(codes, code =>
        {
            Assert.Contains(code, catalogue);
            Assert.Matches($@"(?m)^\| {code} \|", documented);
        });
    }

    [GeneratedRegex(@"\bCode=""(MA[0-9]+)""")]
    private static partial Regex CodeAttribute();
}
