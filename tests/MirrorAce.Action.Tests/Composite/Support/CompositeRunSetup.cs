using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Composite.Support;

/// <summary>A run that installs the tool from the local feed and talks to the sandbox: MirrorAce, and GitHub's releases API.</summary>
internal static class CompositeRunSetup
{
    public const string Repository = "octo-org/octo-composite";

    /// <summary>The tool from <paramref name="feed"/>, the sandbox's API and credentials; the files are the test's to name.</summary>
    public static CompositeRun Against(this CompositeRun run, SandboxServer sandbox, ToolFeed feed)
    {
        run.ActionRef = "v" + feed.Version;
        run.Environment["MIRRORACE_TOOL_SOURCE"] = feed.Path;
        run.Inputs["api-key"] = sandbox.Options.ApiKey;
        run.Inputs["api-token"] = sandbox.Options.ApiToken;
        run.Inputs["api-url"] = sandbox.ApiUrl.AbsoluteUri;
        return run;
    }

    /// <summary>What the runner sets for a job in <see cref="Repository"/>, and a github-token that may edit its releases.</summary>
    public static CompositeRun WithGitHub(this CompositeRun run, SandboxServer sandbox)
    {
        // The runner's GITHUB_API_URL has no trailing slash.
        run.Environment["GITHUB_API_URL"] = sandbox.GitHubApiUrl.AbsoluteUri.TrimEnd('/');
        run.Environment["GITHUB_REPOSITORY"] = Repository;
        run.Environment["GITHUB_SHA"] = "0123456789abcdef0123456789abcdef01234567";
        run.Inputs["github-token"] = sandbox.GitHub.WriteToken;
        return run;
    }
}
