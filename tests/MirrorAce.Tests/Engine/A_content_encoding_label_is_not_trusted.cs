using System.Net;
using System.Text;
using MirrorAce.Api;

namespace MirrorAce.Tests.Engine;

/// <summary>An answer labelled as compressed but sent plain is read as it is. (Found by a review of the engine against the protocol notes.)</summary>
public sealed class A_content_encoding_label_is_not_trusted
{
    [Fact]
    public async Task A_body_labelled_as_compressed_is_read_as_it_is()
    {
        var handler = new Labelled("""{"status":"success","result":{"x":{"slug":"x","status":"active","size":"5"}}}""", "gzip");
        var client = new MirrorAceClient(new MirrorAceCredentials("key-12345", "token-12345"), new Uri("https://mirrorace.example/api/v1/"),
            TestSandbox.QuickRetry, httpClient: new HttpClient(handler));

        var info = (await client.GetFileInfoAsync(["x"]))["x"];

        Assert.True(info.IsActive);
    }

    private sealed class Labelled(string body, string encoding) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StringContent(body, Encoding.UTF8, "application/json");
            content.Headers.ContentEncoding.Add(encoding);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }
}
