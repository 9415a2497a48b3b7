using System.CommandLine;
using System.Text.Json;
using MirrorAce.Api;
using MirrorAce.Files;
using MirrorAce.Output;
using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.Cli;

/// <summary>The options <c>upload</c> and <c>mirror</c> share, and turning them into <see cref="UploadOptions"/>.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Mirrors { get; } = new("--mirrors") { Description = "Comma-separated mirror ids (default: the account's default mirrors)." };
    public Option<string> ApiUrl { get; } = new("--api-url") { Description = "The MirrorAce API root.", DefaultValueFactory = _ => MirrorAceClient.DefaultApiUrl.AbsoluteUri };
    public Option<int> Parallel { get; } = new("--parallel") { Description = "How many files upload at once, 1 to 16.", DefaultValueFactory = _ => InputRules.DefaultParallel };
    public Option<string?> LinksJson { get; } = new("--links-json") { Description = "Write the links JSON to this file ('-': stdout)." };
    public Option<string?> LinksMarkdown { get; } = new("--links-markdown") { Description = "Write a Markdown table of the links to this file ('-': stdout)." };
    public Option<string?> PasswordEnv { get; } = new("--password-env") { Description = "The environment variable holding a password to protect the files with." };
    public Option<string?> ReuseLinks { get; } = new("--reuse-links") { Description = "A links JSON of earlier uploads ('-': stdin): files with the same SHA-256 and size that are still active are reused, not uploaded again. The --links-json file of an earlier run counts too." };
    public Option<bool> NoReuse { get; } = new("--no-reuse") { Description = "Upload every file even if an earlier upload of the same bytes is still active (links files, the release's notes, the per-user cache)." };
    public Option<int> Retries { get; } = new("--retries") { Description = "Retries of a request the server surely did not process.", DefaultValueFactory = _ => 5 };
    public Option<int> Restarts { get; } = new("--restarts") { Description = "Restarts of a file from byte 0 when a request's fate is unknown.", DefaultValueFactory = _ => 3 };
    public Option<double> StallTimeout { get; } = new("--stall-timeout") { Description = "Seconds without progress before a request is abandoned.", DefaultValueFactory = _ => 60 };
    public Option<double?> Deadline { get; } = new("--deadline") { Description = "Seconds the whole run may take (default: no limit)." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Mirrors, ApiUrl, Parallel, LinksJson, LinksMarkdown, PasswordEnv, ReuseLinks, NoReuse, Retries, Restarts, StallTimeout, Deadline })
            command.Options.Add(option);
    }

    /// <summary>Where this run's results, progress and links go.</summary>
    public RunOutput OutputOf(ParseResult parse, OutputOptions output) =>
        new(parse.GetValue(LinksJson), parse.GetValue(LinksMarkdown), parse.GetValue(output.Json), parse.GetValue(output.Quiet), Console.Out, Console.Error);

    /// <summary>Reads credentials and options; throws <see cref="MirrorAceException"/> for bad input.</summary>
    public (MirrorAceCredentials Credentials, UploadOptions Options) Read(ParseResult parse)
    {
        var problem = InputRules.Parallel(parse.GetValue(Parallel), "--parallel")
                      ?? InputRules.StallTimeout(parse.GetValue(StallTimeout), "--stall-timeout")
                      ?? InputRules.Deadline(parse.GetValue(Deadline), "--deadline");
        if (problem is not null) throw problem;
        if (parse.GetValue(Retries) < 0 || parse.GetValue(Restarts) < 0) throw Bad("--retries and --restarts cannot be negative");
        var credentials = MirrorAceCredentials.FromEnvironment();
        var apiText = parse.GetValue(ApiUrl)!;
        var api = Uri.TryCreate(apiText, UriKind.Absolute, out var parsed) ? parsed : throw Bad($"--api-url '{Http.UrlDisplay.Text(apiText)}' is not an absolute URL");
        string? password = null;
        if (parse.GetValue(PasswordEnv) is { } variable)
        {
            password = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrEmpty(password))
                throw Bad($"--password-env names {variable}, but that environment variable is not set");
            CredentialRules.Require(password, "file password", $"the environment variable {variable} (--password-env)");
        }
        var options = new UploadOptions
        {
            ApiUrl = api,
            Mirrors = FileSelection.SplitList(parse.GetValue(Mirrors)),
            Parallelism = parse.GetValue(Parallel),
            FilePassword = password,
            Terms = DoorTerms.CommandLine,
            Retry = new RetrySettings
            {
                MaxRetries = parse.GetValue(Retries),
                MaxRestarts = parse.GetValue(Restarts),
                StallTimeout = TimeSpan.FromSeconds(parse.GetValue(StallTimeout)),
                Deadline = parse.GetValue(Deadline) is { } d ? TimeSpan.FromSeconds(d) : null,
            },
        };
        return (credentials, options);
    }

    /// <summary>
    /// What every run shares: the links file, and the earlier uploads to reuse. A re-run must not upload the same bytes twice
    /// (MirrorAce has no delete): the links the user gives, the last run's links file and the per-user upload cache are looked at.
    /// </summary>
    public PublishRequest Request(ParseResult parse) => new()
    {
        LinksFile = parse.GetValue(LinksJson) is { } links && links != RunOutput.StandardOutput ? links : null,
        Reuse = !parse.GetValue(NoReuse),
        EarlierLinks = parse.GetValue(NoReuse) ? [] : ReadReuseLinks(parse.GetValue(ReuseLinks)),
        CacheFiles = UploadCache.UserFile(Environment.GetEnvironmentVariable) is { } cache ? [cache] : [],
    };

    private static IReadOnlyList<UploadedFile> ReadReuseLinks(string? path)
    {
        // A links file that does not exist yet is the first run: nothing to reuse.
        if (path is null || (path != RunOutput.StandardOutput && !File.Exists(path))) return [];
        try
        {
            // '-' as an input file is stdin, as it is stdout for an output file.
            return Output.LinksJson.Parse(path == RunOutput.StandardOutput ? Console.In.ReadToEnd() : File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw Bad($"--reuse-links '{path}' is not a links JSON file ({e.Message})");
        }
    }

    public static MirrorAceException Bad(string problem) =>
        new(ErrorCodes.InvalidArgument, problem, "Run 'mirrorace <command> --help' for the options.", step: UploadStep.Validate);
}
