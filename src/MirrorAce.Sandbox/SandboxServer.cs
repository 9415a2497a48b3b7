using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using MirrorAce.Sandbox.GitHub;

namespace MirrorAce.Sandbox;

/// <summary>
/// A local emulator of the MirrorAce API on Kestrel, bound to 127.0.0.1: by default as tolerant as the
/// real server evidently is, with <see cref="SandboxOptions.Strict"/> as strict as the document reads. Upload URLs live
/// under <c>/m1/</c>, away from the API root, so a client that builds them itself instead of using
/// the returned <c>server_file</c> and <c>server_remote</c> fails.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SandboxState _state;
    private readonly bool _ownsStorage;
    private readonly GitHubApi _gitHubApi;

    private SandboxServer(WebApplication app, SandboxState state, bool ownsStorage)
    {
        _app = app;
        _state = state;
        _ownsStorage = ownsStorage;
        _gitHubApi = new GitHubApi(GitHub, state.Record);
    }

    /// <summary>The API root, e.g. <c>http://127.0.0.1:PORT/api/v1/</c>, with its trailing slash.</summary>
    public Uri ApiUrl => new(_state.Server + "/api/v1/");

    /// <summary>A plain GitHub API root, e.g. <c>http://127.0.0.1:PORT/github/</c>, as on GitHub.com or GHE.com where nothing follows the host.</summary>
    public Uri GitHubApiUrl => new(_state.Server + "/github/");

    /// <summary>A GitHub Enterprise Server style API root, <c>http://127.0.0.1:PORT/api/v3/</c>.</summary>
    public Uri GitHubEnterpriseApiUrl => new(_state.Server + "/api/v3/");

    /// <summary><c>http://127.0.0.1:PORT/_sandbox/</c>: the sandbox's own controls over HTTP (stored files' status, faults), not part of MirrorAce.</summary>
    public Uri AdminUrl => new(_state.Server + AdminEndpoint.Prefix);

    /// <summary>The GitHub releases API served beside the MirrorAce API: releases, tokens, faults, hooks.</summary>
    public GitHubSandbox GitHub { get; } = new();

    public SandboxOptions Options => _state.Options;

    /// <summary>Completed files, in completion order.</summary>
    public IReadOnlyList<StoredFile> Files => _state.Files.Files;

    /// <summary>Every request that reached server_file, refused and faulted ones included.</summary>
    public int ChunkRequestCount => _state.RequestCount(Endpoint.Chunk);

    /// <summary>Every request that reached server_remote.</summary>
    public int RemoteRequestCount => _state.RequestCount(Endpoint.Remote);

    public int CompletedUploadCount => _state.CompletedCount;

    public int UploadVariablesRequestCount => _state.RequestCount(Endpoint.UploadVariables);

    public int FileInfoRequestCount => _state.RequestCount(Endpoint.FileInfo);

    /// <summary>Every request the sandbox answered (or lost), in the order they finished.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _state.Requests;

    public FaultPlan Faults => _state.Faults;

    public static async Task<SandboxServer> StartAsync(SandboxOptions? options = null, CancellationToken ct = default)
    {
        options ??= new SandboxOptions();
        var ownsStorage = options.StorageDirectory is null;
        var storage = options.StorageDirectory ?? Directory.CreateTempSubdirectory("mirrorace-sandbox-").FullName;
        Directory.CreateDirectory(storage);
        var state = new SandboxState(options, storage);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // In-process tests start many sandboxes; none of them should own Ctrl+C.
        builder.Services.AddSingleton<IHostLifetime, PassiveLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;

            // Chunks are up to ~100 MB and streamed; size is judged against max_chunk_size by the
            // endpoint, which answers with an envelope instead of Kestrel's bare 413.
            kestrel.Limits.MaxRequestBodySize = null;

            // A busy 2-core test machine must not turn a slow client into a spurious failure.
            kestrel.Limits.MinRequestBodyDataRate = null;
        });

        var app = builder.Build();
        var server = new SandboxServer(app, state, ownsStorage);
        app.Run(server.DispatchAsync);
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        state.Server = "http://127.0.0.1:" + new Uri(address).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return server;
    }

    public StoredFile? FindBySlug(string slug) => _state.Files.Find(slug)?.File;

    /// <summary>Sets what <c>file/info</c> reports, e.g. "user removed".</summary>
    public void SetFileStatus(string slug, string status) => _state.Files.SetStatus(slug, status);

    /// <summary>Deletes a stored file: file/info then reports it "not found" and its pages are gone. False when the slug is unknown.</summary>
    public bool DeleteFile(string slug) => _state.Files.Delete(slug);

    /// <summary>Expires every issued upload key whose upload has not started.</summary>
    public void ExpireUploadKeys() => _state.ExpireUploadKeys();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _state.Dispose();
        if (_ownsStorage)
        {
            try
            {
                Directory.Delete(_state.StorageDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open elsewhere; the temp directory is left behind.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private Task DispatchAsync(HttpContext context)
    {
        if (GitHubApi.Serves(context.Request.Path.Value))
        {
            return _gitHubApi.HandleAsync(context);
        }

        if (AdminEndpoint.Serves(context.Request.Path.Value))
        {
            return new AdminEndpoint(_state).HandleAsync(context);
        }

        var pipeline = new ApiPipeline(_state);
        return context.Request.Path.Value switch
        {
            "/api/v1/file/upload" => pipeline.RunAsync(context, Endpoint.UploadVariables, new UploadVariablesEndpoint(_state).HandleAsync),
            "/api/v1/file/info" => pipeline.RunAsync(context, Endpoint.FileInfo, new FileInfoEndpoint(_state).HandleAsync),
            "/m1/api/v1/upload" => pipeline.RunAsync(context, Endpoint.Chunk, new ChunkEndpoint(_state).HandleAsync),
            "/m1/api/v1/upload/remote" => pipeline.RunAsync(context, Endpoint.Remote, new RemoteUploadEndpoint(_state).HandleAsync),
            _ => PageAsync(context),
        };
    }

    private async Task PageAsync(HttpContext context)
    {
        var log = new RequestLog(context, endpoint: null);
        var path = context.Request.Path.Value ?? "";
        try
        {
            if (path.StartsWith("/m/", StringComparison.Ordinal))
            {
                await new FilePages(_state).HandleAsync(context, path["/m/".Length..]);
            }
            else
            {
                await HtmlPages.NotFoundAsync(context.Response, context.RequestAborted);
            }

            log.Outcome = "page: HTTP " + context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            _state.Record(log.ToRecord());
        }
    }

    private sealed class PassiveLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
