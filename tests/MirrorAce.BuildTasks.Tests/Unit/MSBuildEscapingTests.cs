using Microsoft.Build.Utilities;

namespace MirrorAce.BuildTasks.Tests.Unit;

public sealed class MSBuildEscapingTests
{
    [Theory]
    [InlineData("https://mirrorace.com/m/7hzy")]
    [InlineData("https://host/m/a%20b;c?x=$(y)&z=@(w)")]
    [InlineData("it's (really) 100% *done*?")]
    [InlineData("%3B is not ;")]
    [InlineData("")]
    public void A_value_set_escaped_reads_back_literally(string value)
    {
        var item = new TaskItem("file");

        item.SetMetadata("Url", MSBuildEscaping.Escape(value));

        Assert.Equal(value, item.GetMetadata("Url"));
    }

    [Fact]
    public void Without_escaping_MSBuild_would_change_the_value()
    {
        // The reason the escaping exists: a URL with a percent-escape comes back decoded.
        var item = new TaskItem("file");
        item.SetMetadata("Url", "https://host/m/a%3Bb");

        Assert.Equal("https://host/m/a;b", item.GetMetadata("Url"));
    }

    [Fact]
    public void Each_special_character_becomes_its_hex_escape()
    {
        Assert.Equal("%25%3B%24%40%27%28%29%2A%3F", MSBuildEscaping.Escape("%;$@'()*?"));
    }
}
