using System.CommandLine;
using MirrorAce.Files;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Cli;

/// <summary><c>mirrorace upload &lt;path-or-glob&gt;...</c>: the contract's command.</summary>
internal static class UploadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path-or-glob")
        {
            Description = "Files to upload: paths or globs ('dist/**/*.zip'); '!pattern' leaves files out.",
            Arity = ArgumentArity.OneOrMore,
        };
        var mirrors = new Option<string?>("--mirrors") { Description = "Comma-separated mirror ids (default: the account's default mirrors)." };
        var apiUrl = new Option<string>("--api-url")
        {
            Description = "The MirrorAce API root.",
            DefaultValueFactory = _ => MirrorAce.Api.MirrorAceClient.DefaultApiUrl.AbsoluteUri,
        };
        var chunkSize = new Option<long?>("--chunk-size") { Description = "Bytes per request, at most the server's max_chunk_size (default: the server's)." };
        var parallel = new Option<int>("--parallel") { Description = "How many files upload at once.", DefaultValueFactory = _ => 2 };
        var linksJson = new Option<string?>("--links-json") { Description = "Write the links JSON to this file." };
        var linksMarkdown = new Option<string?>("--links-markdown") { Description = "Write a Markdown table of the links to this file." };
        var passwordEnv = new Option<string?>("--password-env") { Description = "The environment variable holding a password to protect the files with." };
        var retries = new Option<int>("--retries") { Description = "Retries of a request the server surely did not process.", DefaultValueFactory = _ => 5 };
        var restarts = new Option<int>("--restarts") { Description = "Restarts of a file from byte 0 when a request's fate is unknown.", DefaultValueFactory = _ => 3 };
        var stallTimeout = new Option<double>("--stall-timeout") { Description = "Seconds without progress before a request is abandoned.", DefaultValueFactory = _ => 60 };
        var deadline = new Option<double?>("--deadline") { Description = "Seconds the whole run may take (default: no limit)." };

        var command = new Command("upload", "Upload files to MirrorAce. Credentials come from MIRRORACE_API_KEY and MIRRORACE_API_TOKEN.")
        {
            paths, mirrors, apiUrl, chunkSize, parallel, linksJson, linksMarkdown, passwordEnv, retries, restarts, stallTimeout, deadline,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = new UploadSettings(
                parse.GetValue(paths) ?? [],
                parse.GetValue(mirrors),
                parse.GetValue(apiUrl)!,
                parse.GetValue(chunkSize),
                parse.GetValue(parallel),
                parse.GetValue(linksJson),
                parse.GetValue(linksMarkdown),
                parse.GetValue(passwordEnv),
                new RetrySettings
                {
                    MaxRetries = parse.GetValue(retries),
                    MaxRestarts = parse.GetValue(restarts),
                    StallTimeout = TimeSpan.FromSeconds(parse.GetValue(stallTimeout)),
                    Deadline = parse.GetValue(deadline) is { } d ? TimeSpan.FromSeconds(d) : null,
                });
            return await RunAsync(settings, Console.Out, Console.Error, ct);
        });
        return command;
    }

    internal sealed record UploadSettings(
        string[] Patterns, string? Mirrors, string ApiUrl, long? ChunkSize, int Parallel,
        string? LinksJson, string? LinksMarkdown, string? PasswordEnv, RetrySettings Retry);

    private static async Task<int> RunAsync(UploadSettings settings, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        MirrorAceCredentials credentials;
        Uri api;
        FileSelectionResult selection;
        string? password = null;
        try
        {
            if (settings.Parallel < 1) throw BadOption("--parallel must be at least 1");
            if (settings.ChunkSize is < 1) throw BadOption("--chunk-size must be a positive number of bytes");
            credentials = MirrorAceCredentials.FromEnvironment();
            api = Uri.TryCreate(settings.ApiUrl, UriKind.Absolute, out var parsed) ? parsed : throw BadOption($"--api-url '{settings.ApiUrl}' is not an absolute URL");
            if (settings.PasswordEnv is { } variable)
            {
                password = Environment.GetEnvironmentVariable(variable);
                if (string.IsNullOrEmpty(password))
                    throw BadOption($"--password-env names {variable}, but that environment variable is not set");
            }
            selection = FileSelection.Resolve(settings.Patterns, Environment.CurrentDirectory);
        }
        catch (MirrorAceException e)
        {
            ErrorLine.Write(stderr, e);
            return ExitCodes.BadInput;
        }
        if (selection.Unmatched.Count > 0)
        {
            foreach (var pattern in selection.Unmatched)
                ErrorLine.Write(stderr, ErrorCodes.NoFilesMatched, $"{pattern}: no file matches this pattern. Check the pattern and that the files were built; nothing was uploaded.");
            return ExitCodes.BadInput;
        }

        var progress = new ConsoleProgress(stdout, live: !Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out));
        var options = new UploadOptions
        {
            ApiUrl = api,
            Mirrors = FileSelection.SplitList(settings.Mirrors),
            ChunkSize = settings.ChunkSize,
            Parallelism = settings.Parallel,
            FilePassword = password,
            Retry = settings.Retry,
            Listener = progress,
        };

        IReadOnlyList<FileUploadResult> results;
        try
        {
            var uploader = new MirrorAceUploader(credentials, options);
            results = await uploader.UploadAsync(selection.Files.Select(f => new UploadRequest(f)).ToList(), ct);
        }
        catch (MirrorAceException e)
        {
            ErrorLine.Write(stderr, e);
            return ExitCodes.BadInput;
        }
        progress.Finish();

        var uploaded = results.Where(r => r.Succeeded).Select(r => r.File!).ToList();
        // Links are written even when some files failed: what was uploaded must not be lost.
        if (settings.LinksJson is { } jsonPath)
            await LinksJson.WriteAsync(jsonPath, uploaded, CancellationToken.None);
        if (settings.LinksMarkdown is { } markdownPath)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(markdownPath))!);
            await File.WriteAllTextAsync(markdownPath, LinksMarkdown.Render(uploaded), CancellationToken.None);
        }

        SummaryTable.Write(stdout, results);
        foreach (var failure in results.Where(r => !r.Succeeded))
            ErrorLine.Write(stderr, failure.Error!);

        if (ct.IsCancellationRequested) return ExitCodes.Cancelled;
        return uploaded.Count == results.Count ? ExitCodes.Success : ExitCodes.SomeFilesFailed;
    }

    private static MirrorAceException BadOption(string problem) =>
        new(ErrorCodes.InvalidArgument, problem, "Run 'mirrorace upload --help' for the options.", step: UploadStep.Validate);
}
