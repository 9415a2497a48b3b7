using MirrorAce.Api;
using MirrorAce.Http;

namespace MirrorAce.Tests.Secrets;

public class Urls_are_shown_without_user_info
{
    [Theory]
    [InlineData("https://alice:pw@host/api/v1/", "https://***@host/api/v1/")]
    [InlineData("https://alice:p@ss@host:8443/api/v1/?q=1", "https://***@host:8443/api/v1/?q=1")]
    [InlineData("alice:pw@host/api", "***@host/api")]
    [InlineData("https://host/a@b", "https://host/a@b")]
    [InlineData("https://host", "https://host")]
    [InlineData("not a url", "not a url")]
    [InlineData("", "")]
    public void Text_hides_anything_before_the_hosts_at_sign(string text, string shown) =>
        Assert.Equal(shown, UrlDisplay.Text(text));

    [Fact]
    public void Show_keeps_the_part_asked_for_and_hides_user_info()
    {
        var uri = new Uri("https://alice:pw@mirrorace.example/api/v1/file/upload?x=1");

        Assert.Equal("https://***@mirrorace.example", UrlDisplay.Show(uri, UriPartial.Authority));
        Assert.Equal("https://***@mirrorace.example/api/v1/file/upload", UrlDisplay.Show(uri, UriPartial.Path));
        Assert.Equal("https://mirrorace.example/api/v1/", UrlDisplay.Show(new Uri("https://mirrorace.example/api/v1/")));
    }

    [Fact]
    public void The_client_refuses_an_api_url_with_user_info_without_quoting_it()
    {
        var error = Assert.Throws<MirrorAceException>(() => new MirrorAceClient(new MirrorAceCredentials("key-12345", "token-12345"),
            new Uri("https://alice:s3cret@mirrorace.example/api/v1/")));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.DoesNotContain("alice", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://***@mirrorace.example/api/v1/", error.Message, StringComparison.Ordinal);
    }
}
