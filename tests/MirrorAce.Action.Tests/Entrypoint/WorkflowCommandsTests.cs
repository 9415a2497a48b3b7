namespace MirrorAce.Action.Tests.Entrypoint;

public class WorkflowCommandsTests
{
    private static string Write(Action<WorkflowCommands> write)
    {
        var output = new StringWriter();
        write(new WorkflowCommands(output));
        return output.ToString();
    }

    [Fact]
    public void Percent_and_line_breaks_in_a_message_are_escaped_so_the_runner_restores_them()
    {
        var line = Write(log => log.Error("100% done\r\nnext line"));

        Assert.Equal("::error::100%25 done%0D%0Anext line\n", line);
    }

    [Fact]
    public void Colons_and_commas_in_properties_are_escaped_so_they_do_not_end_or_split_the_properties()
    {
        var line = Write(log => log.Error("failed", title: "MA1001", file: "dist/a,b:c%.zip"));

        Assert.Equal("::error file=dist/a%2Cb%3Ac%25.zip,title=MA1001::failed\n", line);
    }

    [Fact]
    public void Absent_properties_are_left_out()
    {
        Assert.Equal("::warning title=MA1005::none\n", Write(log => log.Warning("none", title: "MA1005")));
        Assert.Equal("::warning::none\n", Write(log => log.Warning("none")));
    }

    [Theory]
    [InlineData("name\n::add-mask::x\r\nend")]
    [InlineData("   ::error::indented")]
    [InlineData("a file named x ##[error]y.zip")]
    public void Text_the_runner_could_read_as_a_command_is_fenced_off_with_stop_commands(string untrusted)
    {
        var lines = Write(log => log.Line(untrusted)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var token = Assert.Single(lines.Take(1), l => l.StartsWith("::stop-commands::", StringComparison.Ordinal))["::stop-commands::".Length..];
        Assert.Matches("^[0-9a-f]{32}$", token);
        Assert.Equal($"::{token}::", lines[^1]);
        Assert.Equal(untrusted.ReplaceLineEndings("\n"), string.Join('\n', lines[1..^1]));
    }

    [Fact]
    public void A_plain_log_line_is_written_as_it_is()
    {
        Assert.Equal("uploading dist/app.zip: 10%\n", Write(log => log.Line("uploading dist/app.zip: 10%")));
    }

    [Fact]
    public void A_mask_value_is_escaped_like_data_so_the_runner_masks_the_exact_secret()
    {
        Assert.Equal("::add-mask::p%25q\n", Write(log => log.AddMask("p%q")));
    }
}
