using MirrorAce.Upload;

namespace MirrorAce.Tests.Secrets;

public class Credentials_shorter_than_eight_characters_or_with_line_breaks_are_refused
{
    [Theory]
    [InlineData("1234567")]
    [InlineData("ab")]
    [InlineData("key\n12345678")]
    [InlineData("key\r12345678")]
    [InlineData("key\t12345678")]
    [InlineData("key\u2028-12345678")]
    [InlineData("key\u0000-12345678")]
    public void The_key_is_refused_by_its_variable_name_without_being_quoted(string key)
    {
        var error = Assert.Throws<MirrorAceException>(() => MirrorAceCredentials.FromEnvironment("MY_KEY", "MY_TOKEN",
            name => name == "MY_KEY" ? key : "a-good-token"));

        Assert.Equal(ErrorCodes.MalformedCredentials, error.Code);
        Assert.StartsWith("The MirrorAce API key in MY_KEY is malformed: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Trim(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Eight_characters_pass_and_surrounding_white_space_is_trimmed_first()
    {
        var credentials = new MirrorAceCredentials("  12345678\n", "abcdefgh");

        Assert.Equal("12345678", credentials.ApiKey);
        Assert.Equal(ErrorCodes.MalformedCredentials,
            Assert.Throws<MirrorAceException>(() => new MirrorAceCredentials("  1234567  ", "abcdefgh")).Code);
    }

    [Fact]
    public void A_short_file_password_is_refused_before_any_request()
    {
        var error = Assert.Throws<MirrorAceException>(() => new MirrorAceUploader(new MirrorAceCredentials("key-12345", "token-12345"),
            new UploadOptions { ApiUrl = new Uri("https://mirrorace.example/api/v1/"), FilePassword = "short" }));

        Assert.Equal(ErrorCodes.MalformedCredentials, error.Code);
        Assert.DoesNotContain("short", error.Message.Replace("shorter", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
