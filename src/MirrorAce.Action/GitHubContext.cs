namespace MirrorAce.Action;

/// <summary>What the runner tells a Docker action about its step, besides the inputs.</summary>
internal sealed record GitHubContext
{
    /// <summary>The checked-out repository; relative paths in <c>files</c> start here.</summary>
    public required string Workspace { get; init; }
    /// <summary>The file of the step's outputs; null outside GitHub.</summary>
    public string? OutputPath { get; init; }
    /// <summary>The file of the step's Markdown summary; null outside GitHub.</summary>
    public string? SummaryPath { get; init; }
    /// <summary>The JSON payload of the event that started the workflow: a <c>release</c> event's names the release.</summary>
    public string? EventPath { get; init; }
    public string? Repository { get; init; }
    /// <summary>The REST API root, used as given: GitHub Enterprise and test servers have their own.</summary>
    public string? ApiUrl { get; init; }
    /// <summary>The commit the workflow runs at: a release created by <c>create-release</c> gets its tag here.</summary>
    public string? Sha { get; init; }
    /// <summary>The per-user upload cache (under <c>HOME</c>, which the runner keeps for the job); null when no folder is known.</summary>
    public string? UploadCache { get; init; }

    public static GitHubContext FromEnvironment() => new()
    {
        Workspace = Path.GetFullPath(NonEmpty("GITHUB_WORKSPACE") ?? Environment.CurrentDirectory),
        OutputPath = NonEmpty("GITHUB_OUTPUT"),
        SummaryPath = NonEmpty("GITHUB_STEP_SUMMARY"),
        EventPath = NonEmpty("GITHUB_EVENT_PATH"),
        Repository = NonEmpty("GITHUB_REPOSITORY"),
        ApiUrl = NonEmpty("GITHUB_API_URL"),
        Sha = NonEmpty("GITHUB_SHA"),
        UploadCache = Publishing.UploadCache.UserFile(Environment.GetEnvironmentVariable),
    };

    private static string? NonEmpty(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null;
}
