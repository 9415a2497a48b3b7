using MirrorAce.Output;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Output;

/// <summary>The joining instructions under a split file are commands people copy: a name cannot break out of them.</summary>
public class Split_instructions_keep_any_name_inert
{
    private const string Sha = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    [Fact]
    public void A_name_with_backticks_quotes_and_shell_syntax_is_quoted_and_fenced()
    {
        const string name = "a`b $(touch pwned)'s\u001b[2J.bin";
        var part = new UploadedFile(name + ".001", "", 10, Sha, "7hzy", "https://mirrorace.com/m/7hzy", ["1"]) { PartOf = new SplitPart(name, 20, Sha, 1, 2) };

        var markdown = LinksMarkdown.Render([part]);

        HostileAnswers.AssertNoMarkup(markdown, "the Markdown");
        const string clean = "a`b $(touch pwned)'s?[2J.bin";
        Assert.Contains("`` cat 'a`b $(touch pwned)'\\''s?[2J.bin.001' 'a`b $(touch pwned)'\\''s?[2J.bin.002' > 'a`b $(touch pwned)'\\''s?[2J.bin' ``", markdown, StringComparison.Ordinal);
        Assert.Contains($"`` copy /b \"{clean}.001\"+\"{clean}.002\" \"{clean}\" ``", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_name_is_written_as_it_is()
    {
        var part = new UploadedFile("big.iso.001", "", 10, Sha, "7hzy", "https://mirrorace.com/m/7hzy", ["1"]) { PartOf = new SplitPart("big.iso", 20, Sha, 1, 2) };

        Assert.Contains("`cat big.iso.001 big.iso.002 > big.iso`", LinksMarkdown.Render([part]), StringComparison.Ordinal);
    }
}
