using System.Text;
using MirrorAce.Api;
using MirrorAce.Http;

namespace MirrorAce.Tests.Engine;

/// <summary>Cutting an answer short to quote it never leaves the first part of a secret behind. (Found by a review of the engine against the protocol notes.)</summary>
public sealed class Quoted_answers_show_no_part_of_a_secret
{
    [Fact]
    public void A_secret_across_the_quotes_cut_is_blanked_whole()
    {
        const string secret = "api-key-0123456789abcdef";
        var body = Encoding.UTF8.GetBytes("<html>" + new string('x', 150) + secret + "</html>");

        var quote = AnswerReader.Quote(body, new SecretRedactor([secret]));

        Assert.DoesNotContain("api-key-01", quote, StringComparison.Ordinal);
        Assert.DoesNotContain("api-", quote, StringComparison.Ordinal);
    }
}
