using System.Globalization;
using System.Runtime.InteropServices;

namespace MirrorAce.Sandbox;

/// <summary><c>dotnet run --project src/MirrorAce.Sandbox [-- --port N] [--storage DIR] [--max-chunk-size B] [--response-delay-ms MS] [--link-mbit N] [--discard] [--github-release OWNER/REPO@TAG]...</c>: the sandbox on its own, until Ctrl+C.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var options = new SandboxOptions();
        var releases = new List<(string Repository, string Tag)>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var port):
                    options.Port = port;
                    i++;
                    break;
                case "--storage" when i + 1 < args.Length:
                    options.StorageDirectory = Path.GetFullPath(args[++i]);
                    break;
                case "--max-chunk-size" when i + 1 < args.Length && long.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var chunk):
                    options.MaxChunkSize = chunk;
                    i++;
                    break;
                case "--response-delay-ms" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var delay):
                    options.ResponseDelay = TimeSpan.FromMilliseconds(delay);
                    i++;
                    break;
                case "--github-release" when i + 1 < args.Length && args[i + 1].Split('@', 2) is [var repository, var tag] && repository.Contains('/', StringComparison.Ordinal) && tag.Length > 0:
                    // An empty release to write notes into, e.g. octo/app@v1.0.
                    releases.Add((repository, tag));
                    i++;
                    break;
                case "--link-mbit" when i + 1 < args.Length && long.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var mbit):
                    options.LinkBytesPerSecond = mbit * 1_000_000 / 8;
                    i++;
                    break;
                case "--discard":
                    // Hash and discard: benchmarks measure the client, not the sandbox's disk.
                    options.DiscardFiles = true;
                    break;
                default:
                    await Console.Error.WriteLineAsync("usage: MirrorAce.Sandbox [--port N] [--storage DIR] [--max-chunk-size BYTES] [--response-delay-ms MS] [--link-mbit N] [--discard] [--github-release OWNER/REPO@TAG]...");
                    return 2;
            }
        }

        var stop = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.TrySetResult();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });

        await using var server = await SandboxServer.StartAsync(options);
        foreach (var (repository, tag) in releases)
        {
            server.GitHub.AddRelease(repository, tag, body: null);
        }

        Console.WriteLine($"MirrorAce sandbox API: {server.ApiUrl}");
        Console.WriteLine($"GitHub releases API: {server.GitHubApiUrl} (or {server.GitHubEnterpriseApiUrl}); tokens {server.GitHub.WriteToken} (contents: write), {server.GitHub.ReadOnlyToken} (read-only); releases: {(releases.Count == 0 ? "none (--github-release OWNER/REPO@TAG adds one)" : string.Join(", ", releases.Select(r => r.Repository + "@" + r.Tag)))}.");
        Console.WriteLine($"Accepts MIRRORACE_API_KEY={options.ApiKey} MIRRORACE_API_TOKEN={options.ApiToken} (sandbox values, not secrets). Ctrl+C stops it.");
        await stop.Task;
        return 0;
    }
}
