using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Output;

public class LinksMarkdownTests
{
    [Fact]
    public void Renders_one_row_per_file_with_size_link_hash_and_mirrors()
    {
        var file = new UploadedFile("app.zip", "dist/app.zip", 1536, new string('a', 64), "7hzy", "https://mirrorace.com/m/7hzy", ["1", "2"]);

        var lines = LinksMarkdown.Render([file]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.Equal($"| app.zip | 1.5 KiB | [7hzy](https://mirrorace.com/m/7hzy) | `{new string('a', 64)}` | 1, 2 |", lines[2]);
    }

    [Theory]
    [InlineData("a|b.zip", @"a\|b.zip")]
    [InlineData("<script>.zip", "&lt;script&gt;.zip")]
    [InlineData("[x](y).zip", @"\[x\]\(y\).zip")]
    [InlineData("under_score*.zip", @"under\_score\*.zip")]
    public void Escapes_names_so_a_cell_cannot_break_the_table_or_inject_html(string name, string expected)
    {
        Assert.Equal(expected, LinksMarkdown.Escape(name));
    }

    [Theory]
    [InlineData(17, "17 B")]
    [InlineData(1024, "1 KiB")]
    [InlineData(1_073_741_824, "1 GiB")]
    [InlineData(5_000_000_000, "4.66 GiB")]
    public void Formats_sizes_with_binary_units(long bytes, string expected)
    {
        Assert.Equal(expected, ByteSize.Format(bytes));
    }
}
