using System.Text;

namespace MirrorAce.Action.Tests.Entrypoint;

public class StepOutputsTests
{
    [Fact]
    public void A_value_is_written_as_a_heredoc_between_its_delimiter_lines()
    {
        Assert.Equal("urls<<D\na\nb\nD\n", StepOutputs.Format("urls", "a\r\nb\n", "D"));
    }

    [Fact]
    public void An_empty_value_reads_back_as_empty()
    {
        var text = StepOutputs.Format("urls", "", "D");

        Assert.Equal("", OutputFileReader.Read(text)["urls"]);
    }

    [Fact]
    public void A_value_containing_its_delimiter_line_is_refused()
    {
        Assert.Throws<ArgumentException>(() => StepOutputs.Format("links", "x\nD\ny", "D"));
    }

    [Fact]
    public void Delimiters_are_random_per_value()
    {
        var first = StepOutputs.NewDelimiter();

        Assert.StartsWith("ghadelimiter_", first, StringComparison.Ordinal);
        Assert.NotEqual(first, StepOutputs.NewDelimiter());
    }

    [Fact]
    public void Outputs_are_appended_as_utf8_without_bom_and_with_lf_line_ends()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "output");
        File.WriteAllText(path, "earlier=1\n");

        StepOutputs.Append(path, [new("links", "[\r\n  \"Ünïcode\"\r\n]\r\n"), new("urls", "u")]);

        var bytes = File.ReadAllBytes(path);
        Assert.DoesNotContain((byte)'\r', bytes);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.StartsWith("earlier=1\nlinks<<ghadelimiter_", text, StringComparison.Ordinal);
        var outputs = OutputFileReader.Read(text);
        Assert.Equal("1", outputs["earlier"]);
        Assert.Equal("[\n  \"Ünïcode\"\n]", outputs["links"]);
        Assert.Equal("u", outputs["urls"]);
    }
}
