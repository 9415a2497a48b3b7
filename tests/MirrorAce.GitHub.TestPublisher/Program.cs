using MirrorAce;
using MirrorAce.GitHub;
using MirrorAce.Output;

// MirrorAce.GitHub.TestPublisher <links.json>
// Reads GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_TOKEN, RELEASE_TAG and GITHUB_EVENT_PATH like the action would,
// and merges the links JSON into the release's notes. CREATE_RELEASE=published|draft creates a missing release (at GITHUB_SHA);
// GITHUB_TRANSPORT=Octokit|HttpClient picks the transport (default: Automatic). Exit 0 on success, 1 with "CODE message" on stderr.
if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: MirrorAce.GitHub.TestPublisher <links.json>");
    return 2;
}

try
{
    var files = LinksJson.Parse(await File.ReadAllTextAsync(args[0]));
    var target = ReleaseTarget.Resolve(
        Environment.GetEnvironmentVariable("GITHUB_API_URL"),
        Environment.GetEnvironmentVariable("GITHUB_REPOSITORY"),
        Environment.GetEnvironmentVariable("GITHUB_TOKEN"),
        Environment.GetEnvironmentVariable("RELEASE_TAG"),
        Environment.GetEnvironmentVariable("GITHUB_EVENT_PATH"));
    if (target is null)
    {
        Console.WriteLine("no release to write to");
        return 0;
    }

    var create = Environment.GetEnvironmentVariable("CREATE_RELEASE") switch
    {
        "published" => new ReleaseCreation(TargetCommitish: Environment.GetEnvironmentVariable("GITHUB_SHA")),
        "draft" => new ReleaseCreation(Draft: true, TargetCommitish: Environment.GetEnvironmentVariable("GITHUB_SHA")),
        _ => null,
    };
    var transport = Enum.Parse<GitHubTransport>(Environment.GetEnvironmentVariable("GITHUB_TRANSPORT") is { Length: > 0 } name ? name : nameof(GitHubTransport.Automatic));
    var options = ReleaseNotesOptions.Default with { OnNotice = Console.WriteLine, CreateRelease = create, Transport = transport };
    var result = await ReleaseNotesPublisher.PublishAsync(target, files, options);
    Console.WriteLine($"changed={result.Changed} writes={result.Writes} created={result.Created} release={result.ReleaseId} added={string.Join(',', result.Added)}");
    return 0;
}
catch (MirrorAceException ex)
{
    await Console.Error.WriteLineAsync($"{ex.Code} {ex.Message}");
    return 1;
}
