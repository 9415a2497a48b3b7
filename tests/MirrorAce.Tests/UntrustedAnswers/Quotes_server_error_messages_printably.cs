using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.UntrustedAnswers;

public class Quotes_server_error_messages_printably
{
    [Fact]
    public async Task A_refusal_with_escape_sequences_and_line_breaks_is_quoted_on_one_printable_line()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.AnswerRewriter =
            HostileAnswers.Refuse(Endpoint.UploadVariables, "bad key\u001b]0;pwned\u0007\n::warning::pwned\r\n##[error]x \u202eevil"));
        var path = dir.CreateFile("app.zip", 2_000);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.ServerRefused, result.Error.Code);
        Assert.NotNull(result.Error.ServerMessage);
        Assert.StartsWith("bad key", result.Error.ServerMessage, StringComparison.Ordinal);
        Assert.Contains("pwned", result.Error.ServerMessage, StringComparison.Ordinal);
        HostileAnswers.AssertPrintable(result.Error.Message, "the error");
        Assert.DoesNotContain("\n", result.Error.Message, StringComparison.Ordinal);
    }
}
