using MirrorAce.BuildTasks;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using MirrorAce.Sandbox;

namespace MirrorAce.Tests.Infra;

/// <summary>
/// Runs the task in-process against a sandbox. The task reads its credentials from the process
/// environment, as in a real build; every test uses the same distinctive fake ones, set once,
/// so tests running in parallel never see each other's.
/// </summary>
public static class TaskHarness
{
    public const string ApiKey = "msb-secret-key-4c1d";
    public const string ApiToken = "msb-secret-token-7f3e";

    /// <summary>The repository every test's sandbox release lives in.</summary>
    public const string GitHubRepository = "contoso/app";

    /// <summary>Variables of this process holding the sandbox's GitHub tokens (the same in every sandbox), named so no real build uses them.</summary>
    public const string GitHubWriteTokenVariable = "MIRRORACE_TEST_GITHUB_WRITE_TOKEN";

    public const string GitHubReadOnlyTokenVariable = "MIRRORACE_TEST_GITHUB_READONLY_TOKEN";

    public static readonly string GitHubWriteToken = TestSandbox.GitHubWriteToken;

    public static readonly string GitHubReadOnlyToken = TestSandbox.GitHubReadOnlyToken;

    static TaskHarness()
    {
        Environment.SetEnvironmentVariable(MirrorAceCredentials.ApiKeyVariable, ApiKey);
        Environment.SetEnvironmentVariable(MirrorAceCredentials.ApiTokenVariable, ApiToken);
        Environment.SetEnvironmentVariable(GitHubWriteTokenVariable, GitHubWriteToken);
        Environment.SetEnvironmentVariable(GitHubReadOnlyTokenVariable, GitHubReadOnlyToken);
        // A test run inside a GitHub Actions job must not pick up that job's event: its release id would win over the sandbox's.
        Environment.SetEnvironmentVariable("GITHUB_EVENT_PATH", null);
    }

    /// <summary>A tolerant sandbox (see <see cref="TestSandbox"/>) that takes this harness's credentials.</summary>
    public static Task<SandboxServer> StartSandboxAsync(Action<SandboxOptions>? configure = null) =>
        TestSandbox.StartTolerantAsync(options =>
        {
            options.ApiKey = ApiKey;
            options.ApiToken = ApiToken;
            configure?.Invoke(options);
        });

    public static MirrorAceUpload CreateTask(SandboxServer sandbox, TempDirectory folder, RecordingBuildEngine engine, params ITaskItem[] files) => new()
    {
        BuildEngine = engine,
        Files = files,
        ApiUrl = sandbox.ApiUrl.AbsoluteUri,
        BaseDirectory = folder.Path,
        // The real user's cache is never shared with a test; tests of it point the task at a folder of their own.
        UserCache = false,
    };

    /// <summary>Points the task at the sandbox's GitHub API, to write the notes of <paramref name="tag"/> with the token in <paramref name="tokenVariable"/>.</summary>
    public static void WriteReleaseNotes(MirrorAceUpload task, SandboxServer sandbox, string tag, string tokenVariable = GitHubWriteTokenVariable)
    {
        task.ReleaseTag = tag;
        task.GitHubRepository = GitHubRepository;
        task.GitHubApiUrl = sandbox.GitHubApiUrl.AbsoluteUri;
        task.GitHubTokenVariable = tokenVariable;
    }

    /// <summary>An item for <paramref name="path"/> as MSBuild would make it: item specs are stored escaped.</summary>
    public static ITaskItem Item(string path, string? mirrors = null)
    {
        var item = new TaskItem(MSBuildEscaping.Escape(path));
        if (mirrors is not null) item.SetMetadata("Mirrors", mirrors);
        return item;
    }
}
