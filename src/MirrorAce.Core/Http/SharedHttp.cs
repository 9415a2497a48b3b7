using System.Net;
using System.Net.Http.Headers;

namespace MirrorAce.Http;

/// <summary>The one HttpClient the process uses: connections are reused across files and runs.</summary>
internal static class SharedHttp
{
    private static readonly Lazy<HttpClient> Instance = new(Create);

    public static HttpClient Client => Instance.Value;

    private static HttpClient Create()
    {
        var handler = new SocketsHttpHandler
        {
            // A redirect could turn https into http, or a POST into a GET; MirrorAce has no reason to send one.
            AllowAutoRedirect = false,
            // Answers are small JSON; a body mislabelled as compressed must not become an exception of its own kind.
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(30),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var client = new HttpClient(handler, disposeHandler: true)
        {
            // Each request has its own stall watchdog; one fixed timeout is wrong for 100 MB chunks.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var version = typeof(SharedHttp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("MirrorAce.BuildTasks", version));
        return client;
    }
}
