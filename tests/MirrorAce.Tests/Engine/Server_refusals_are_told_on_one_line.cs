using System.Text;
using MirrorAce.Api;
using MirrorAce.Http;

namespace MirrorAce.Tests.Engine;

/// <summary>A server's refusal is quoted on one line, so a log shows it whole and nothing forged after it. (Found by a review of the engine against the protocol notes.)</summary>
public sealed class Server_refusals_are_told_on_one_line
{
    [Fact]
    public void A_refusal_spanning_lines_becomes_one_line()
    {
        var body = Encoding.UTF8.GetBytes("""{"status":"error","result":"Bad key.\nTry again.\r\n"}""");

        var error = Assert.Throws<MirrorAceException>(() => AnswerReader.ReadResult(body, UploadStep.FileInfo, new SecretRedactor([])));

        Assert.Equal("Bad key. Try again.", error.ServerMessage);
        Assert.DoesNotContain('\n', error.Message);
    }
}
