using System.Text;
using MirrorAce.Api;
using MirrorAce.Http;

namespace MirrorAce.Tests.Engine;

/// <summary>A UTF-8 byte order mark before an answer's JSON does not make it unreadable. (Found by a review of the engine against the protocol notes.)</summary>
public sealed class Answers_may_start_with_a_byte_order_mark
{
    [Fact]
    public void A_byte_order_mark_before_the_json_is_skipped()
    {
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"status":"success","result":{"a":1}}""")).ToArray();

        var result = AnswerReader.ReadResult(body, UploadStep.FileInfo, new SecretRedactor([]));

        Assert.Equal(1, result.GetProperty("a").GetInt32());
    }
}
