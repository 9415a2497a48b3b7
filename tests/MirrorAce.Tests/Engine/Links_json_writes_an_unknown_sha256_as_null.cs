using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Engine;

/// <summary>A file mirrored from a url has no local hash: links JSON writes null, not an empty string. (Found by a review of the engine against the protocol notes.)</summary>
public sealed class Links_json_writes_an_unknown_sha256_as_null
{
    [Fact]
    public void A_mirrored_url_keeps_the_sha256_field_as_null()
    {
        var json = LinksJson.Render([new UploadedFile("a.zip", "https://example.com/a.zip", 5, "", "s", "https://mirrorace.com/m/s", ["1"])]);

        Assert.Contains("\"sha256\": null", json, StringComparison.Ordinal);
    }
}
