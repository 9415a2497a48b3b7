using System.Net;
using System.Text;
using MirrorAce.Api;

namespace MirrorAce.Tests.Engine;

/// <summary>Unit tests of how HTTP statuses map to errors, with an in-memory handler (the sandbox never answers these).</summary>
public class HttpStatusTests
{
    private sealed class Answer(HttpStatusCode status, string body, string type = "text/html") : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, type) });
        }
    }

    private static MirrorAceClient Client(HttpMessageHandler handler) =>
        new(new MirrorAceCredentials("key-12345", "token-12345"), new Uri("https://mirrorace.example/api/v1/"),
            new RetrySettings { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) }, httpClient: new HttpClient(handler));

    [Theory]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "chunk size")]
    [InlineData(HttpStatusCode.NotFound, "API root")]
    [InlineData(HttpStatusCode.Forbidden, "MIRRORACE_API_KEY")]
    public async Task A_client_error_page_is_not_retried_and_says_what_to_do(HttpStatusCode status, string advice)
    {
        var handler = new Answer(status, "<html><body>nope</body></html>");

        var error = await Assert.ThrowsAsync<MirrorAceException>(() => Client(handler).GetUploadVariablesAsync());

        Assert.Equal(ErrorCodes.HttpError, error.Code);
        Assert.Contains($"HTTP {(int)status}", error.Message, StringComparison.Ordinal);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task A_json_refusal_sent_with_an_error_status_still_shows_the_servers_words()
    {
        var handler = new Answer(HttpStatusCode.Unauthorized, """{"status":"error","result":"Invalid API key."}""", "application/json");

        var error = await Assert.ThrowsAsync<MirrorAceException>(() => Client(handler).GetUploadVariablesAsync());

        Assert.Equal(ErrorCodes.ServerRefused, error.Code);
        Assert.Equal("Invalid API key.", error.ServerMessage);
    }

    [Fact]
    public async Task A_server_error_on_an_idempotent_call_is_retried_then_reported()
    {
        var handler = new Answer(HttpStatusCode.BadGateway, "<html>502</html>");

        var error = await Assert.ThrowsAsync<MirrorAceException>(() => Client(handler).GetFileInfoAsync(["abc"]));

        Assert.Equal(ErrorCodes.UnreadableAnswer, error.Code);
        Assert.Equal(6, handler.Calls); // the first try and 5 retries
    }
}
