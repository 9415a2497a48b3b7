using System.Runtime.InteropServices;

namespace MirrorAce.Sandbox;

/// <summary><c>dotnet run --project src/MirrorAce.Sandbox -- [options]</c>: the sandbox on its own, until Ctrl+C; <c>--help</c> lists the options.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var (commandLine, error) = SandboxCommandLine.Parse(args);
        if (commandLine is null)
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync(SandboxCommandLine.HelpText);
            return 2;
        }

        if (commandLine.ShowHelp)
        {
            Console.WriteLine(SandboxCommandLine.HelpText);
            return 0;
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

        var options = commandLine.Options;
        await using var server = await SandboxServer.StartAsync(options);
        commandLine.ApplyTo(server);
        var releases = commandLine.Releases;

        // The first line's format is parsed by samples/demo.sh, the benchmark and users' scripts: keep it.
        Console.WriteLine($"MirrorAce sandbox API: {server.ApiUrl}");
        Console.WriteLine($"GitHub releases API: {server.GitHubApiUrl} (or {server.GitHubEnterpriseApiUrl}); tokens {server.GitHub.WriteToken} (contents: write), {server.GitHub.ReadOnlyToken} (read-only); releases: {(releases.Count == 0 ? "none (--github-release OWNER/REPO@TAG adds one)" : string.Join(", ", releases.Select(r => r.Repository + "@" + r.Tag)))}.");
        Console.WriteLine(Credentials(options) + " Ctrl+C stops it.");
        Console.WriteLine(options.Strict
            ? "Mode: strict (refuses what MirrorAce tolerates, as the engine's tests want)."
            : "Mode: default (accepts what MirrorAce evidently accepts; --strict refuses it).");
        Console.WriteLine(commandLine.DescribeAccount());
        if (commandLine.Faults.Count + commandLine.RandomFaults.Count > 0)
        {
            Console.WriteLine("Faults armed: " + string.Join(", ", commandLine.Faults.Select(f => $"{f.Kind} on {f.Endpoint} request {f.OnRequest} x{f.Times}").Concat(commandLine.RandomFaults.Select(r => "random " + r))) + ".");
        }

        Console.WriteLine($"Sandbox controls (not MirrorAce): {server.AdminUrl}files (GET), {server.AdminUrl}files/SLUG/status (POST status=user removed), {server.AdminUrl}files/SLUG (DELETE), {server.AdminUrl}faults (POST fault=KIND:ENDPOINT[:N]).");
        await stop.Task;
        return 0;
    }

    /// <summary>The default credentials are sandbox values and may be shown; ones given on the command line might be real, so they never are.</summary>
    private static string Credentials(SandboxOptions options)
    {
        var defaults = new SandboxOptions();
        return options.ApiKey == defaults.ApiKey && options.ApiToken == defaults.ApiToken
            ? $"Accepts MIRRORACE_API_KEY={options.ApiKey} MIRRORACE_API_TOKEN={options.ApiToken} (sandbox values, not secrets)."
            : "Accepts the api_key and api_token given by --api-key and --api-token (not shown).";
    }
}
