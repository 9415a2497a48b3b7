using MirrorAce.Http;

namespace MirrorAce.Tests.Engine;

/// <summary>A secret echoed form-encoded or JSON-escaped is blanked like the raw one. (Found by a review of the engine against the protocol notes.)</summary>
public sealed class Secrets_are_blanked_in_the_encodings_a_server_echoes
{
    [Fact]
    public void Secrets_echoed_urlencoded_with_plus_or_json_escaped_are_blanked()
    {
        var redactor = new SecretRedactor(["pass word \"q\""]);

        Assert.Equal("a *** b *** c", redactor.Redact("a pass+word+%22q%22 b pass word \\u0022q\\u0022 c"));
    }
}
