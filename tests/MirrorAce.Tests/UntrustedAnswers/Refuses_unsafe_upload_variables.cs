using System.Text.Json.Nodes;
using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.UntrustedAnswers;

public class Refuses_unsafe_upload_variables
{
    public static TheoryData<string, string> Fields => new()
    {
        // Credentials are sent to server_file and server_remote: neither may be anything but a clean https URL.
        { "server_file", "javascript:alert(1)" },
        { "server_file", "https://evil.example/upload\n::warning::pwned" },
        { "server_file", "https://user:pass@evil.example/upload" },
        { "server_remote", "https://evil.example/\u001b]0;pwned\u0007" },
        { "cTracker", "abc\r\nContent-Disposition: form-data; name=\"api_key\"" },
        { "upload_key", "key with spaces" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task The_run_fails_with_MA1034_before_any_byte_or_credential_goes_to_the_named_server(string field, string value)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.AnswerRewriter = HostileAnswers.SetField(Endpoint.UploadVariables, field, value));
        var path = dir.CreateFile("app.zip", 2_000);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.UntrustedAnswer, result.Error.Code);
        Assert.Contains(field, result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was published", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.ChunkRequestCount);
        Assert.Empty(sandbox.Files);
        HostileAnswers.AssertPrintable(result.Error.Message, "the error");
        // Keys of the upload are never quoted back.
        if (field is "cTracker" or "upload_key") Assert.DoesNotContain(value, result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<b>1</b>")]
    [InlineData("1\n::warning::pwned")]
    [InlineData("1 2")]
    public async Task A_mirror_id_that_is_not_a_short_token_fails_the_run_with_MA1034(string id)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.AnswerRewriter =
            HostileAnswers.SetField(Endpoint.UploadVariables, "default_mirrors", new JsonArray("1", id)));
        var path = dir.CreateFile("app.zip", 2_000);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.UntrustedAnswer, result.Error.Code);
        Assert.Contains("mirror id", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.ChunkRequestCount);
        HostileAnswers.AssertPrintable(result.Error.Message, "the error");
    }
}
