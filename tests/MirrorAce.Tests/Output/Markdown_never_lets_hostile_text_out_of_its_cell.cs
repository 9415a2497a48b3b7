using MirrorAce.Output;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Output;

/// <summary>
/// LinksMarkdown is what the release notes, the step summary, the markdown output and the links Markdown file are
/// made of: whatever a row holds, it stays one table row, shows no HTML, and links only to a clean https page.
/// </summary>
public class Markdown_never_lets_hostile_text_out_of_its_cell
{
    private const string Sha = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    public static TheoryData<string, string, string, string> Rows => new()
    {
        { "app\n| x | y |.zip", "7hzy", "https://mirrorace.com/m/7hzy", Sha },
        { "<img src=x onerror=alert(1)>.zip", "7hzy", "https://mirrorace.com/m/7hzy", Sha },
        { "a\u001b]0;pwned\u0007\u202eb.zip", "7hzy", "https://mirrorace.com/m/7hzy", Sha },
        { "app.zip", "a|b", "javascript:alert(1)", Sha },
        { "app.zip", "7hzy", "https://mirrorace.com/m/x\n::warning::pwned", Sha },
        { "app.zip", "7hzy", "https://mirrorace.com/m/<img src=x onerror=alert(1)>", Sha },
        { "app.zip", "7hzy", "https://mirrorace.com/m/a b)(c", Sha },
        { "app.zip", "7hzy", "https://mirrorace.com/m/7hzy", "`|<b>x</b>" },
        { "$x$ @team ~~s~~.zip", "7hzy", "https://mirrorace.com/m/7hzy", Sha },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void One_row_per_file_with_the_same_cells_no_html_and_no_unsafe_link(string name, string slug, string url, string sha256)
    {
        var file = new UploadedFile(name, "dist/app.zip", 10, sha256, slug, url, ["1"]);

        var markdown = LinksMarkdown.Render([file]);

        var lines = markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        // Cells are separated by unescaped pipes only: the row has exactly the header's six.
        Assert.Equal(6, UnescapedPipes(lines[2]));
        HostileAnswers.AssertNoMarkup(markdown, "the Markdown");
        Assert.DoesNotContain("\u202e", markdown, StringComparison.Ordinal);
        if (url.StartsWith("https://mirrorace.com/m/7hzy", StringComparison.Ordinal))
            Assert.Contains("](https://mirrorace.com/m/7hzy)", markdown, StringComparison.Ordinal);
        else
            Assert.DoesNotContain("](", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_targets_percent_encode_what_would_end_them()
    {
        Assert.Equal("https://mirrorace.com/m/a%28b%29", LinksMarkdown.UrlForLink("https://mirrorace.com/m/a(b)"));
        Assert.Equal("https://mirrorace.com/m/a%20b%3Cc%3E%7C%0A", LinksMarkdown.UrlForLink("https://mirrorace.com/m/a b<c>|\n"));
        Assert.Equal("https://mirrorace.com/m/%C3%BC", LinksMarkdown.UrlForLink("https://mirrorace.com/m/ü"));
    }

    private static int UnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\') i++;
            else if (line[i] == '|') count++;
        }
        return count;
    }
}
