using System.Text.RegularExpressions;
using MirrorAce.Action.Tests.Support;

namespace MirrorAce.Action.Tests.Release;

/// <summary>The release workflow starts for v1.2.3 and v1.2.3-rc.1, and never for the major tag v1 that it moves itself.</summary>
public class Runs_only_for_version_tags
{
    private static List<string> Patterns => ReleaseWorkflow.Document["on"]!["push"]!["tags"]!.AsArray().Select(t => (string)t!).ToList();

    // GitHub's filter patterns: * matches any characters but '/'. Enough of them for the patterns used here.
    private static bool Triggers(string tag) => Patterns.Any(pattern =>
        Regex.IsMatch(tag, "^" + Regex.Escape(pattern).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$"));

    [Theory]
    [InlineData("v1.2.3")]
    [InlineData("v0.1.0")]
    [InlineData("v2.0.0-rc.1")]
    public void A_version_tag_starts_a_release(string tag) => Assert.True(Triggers(tag), tag);

    [Theory]
    [InlineData("v1")]
    [InlineData("v10")]
    [InlineData("main")]
    public void The_major_tag_and_branches_do_not(string tag) => Assert.False(Triggers(tag), tag);

    [Fact]
    public void Nothing_but_a_tag_push_starts_it()
    {
        var on = ReleaseWorkflow.Document["on"]!.AsObject();

        Assert.Equal(["push"], on.Select(p => p.Key));
        Assert.Equal(["tags"], on["push"]!.AsObject().Select(p => p.Key));
    }
}
