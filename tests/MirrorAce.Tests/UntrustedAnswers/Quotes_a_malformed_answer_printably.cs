using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.UntrustedAnswers;

public class Quotes_a_malformed_answer_printably
{
    [Fact]
    public async Task An_unknown_info_with_escape_sequences_is_quoted_on_one_printable_line()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.AnswerRewriter = (endpoint, json) => endpoint == Endpoint.Chunk
            ? json.Replace("\"info\":\"complete\"", "\"info\":\"done\\u001b]0;pwned\\u0007\\n::warning::pwned\"", StringComparison.Ordinal)
            : json);
        var path = dir.CreateFile("app.zip", 2_000);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Retry = TestSandbox.QuickRetry with { MaxRestarts = 0 } });

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.MalformedAnswer, result.Error.Code);
        Assert.Contains("pwned", result.Error.Message, StringComparison.Ordinal);
        HostileAnswers.AssertPrintable(result.Error.Message, "the error");
        Assert.DoesNotContain("\n", result.Error.Message, StringComparison.Ordinal);
    }
}
