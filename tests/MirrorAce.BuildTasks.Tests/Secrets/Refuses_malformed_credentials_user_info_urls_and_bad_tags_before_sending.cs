using MirrorAce.GitHub;

namespace MirrorAce.BuildTasks.Tests.Secrets;

public sealed class Refuses_malformed_credentials_user_info_urls_and_bad_tags_before_sending : IDisposable
{
    private const string ShortVariable = "MIRRORACE_TEST_SHORT_SECRET";
    private const string BrokenVariable = "MIRRORACE_TEST_BROKEN_SECRET";

    private readonly TempDirectory _folder = new();
    private readonly RecordingBuildEngine _engine = new();

    static Refuses_malformed_credentials_user_info_urls_and_bad_tags_before_sending()
    {
        Environment.SetEnvironmentVariable(ShortVariable, "q7z");
        Environment.SetEnvironmentVariable(BrokenVariable, "line-one-1234\nline-two-5678");
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("api key", ShortVariable, "MirrorAce API key")]
    [InlineData("api token", BrokenVariable, "MirrorAce API token")]
    [InlineData("github token", ShortVariable, "GitHub token")]
    [InlineData("github token", BrokenVariable, "GitHub token")]
    public async Task A_malformed_credential_is_refused_naming_its_variable_and_nothing_is_sent(string which, string variable, string what)
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.0", "Notes.\n");
        _folder.CreateFile("a.bin", 100);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"));
        TaskHarness.WriteReleaseNotes(task, sandbox, "v1.0");
        switch (which)
        {
            case "api key": task.ApiKeyVariable = variable; break;
            case "api token": task.ApiTokenVariable = variable; break;
            default: task.GitHubTokenVariable = variable; break;
        }

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(ErrorCodes.MalformedCredentials, error.Code);
        Assert.Contains($"The {what} in {(which == "github token" ? "the environment variable " : "")}{variable} is malformed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.AllText, t => t.Contains("q7z", StringComparison.Ordinal) || t.Contains("line-", StringComparison.Ordinal));
        Assert.Empty(sandbox.Requests);
        Assert.Empty(sandbox.GitHub.Requests);
    }

    [Fact]
    public async Task An_api_url_with_user_info_is_refused_and_never_shown()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 100);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"));
        task.ApiUrl = $"http://alice:s3cret-pw@{sandbox.ApiUrl.Authority}/api/v1/";

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.Contains("***@", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.AllText, t => t.Contains("alice", StringComparison.Ordinal) || t.Contains("s3cret", StringComparison.Ordinal));
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task A_tag_that_climbs_out_of_its_segment_is_refused_and_no_release_is_touched()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var v1 = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.0", "Notes.\n");
        _folder.CreateFile("a.bin", 100);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"));
        TaskHarness.WriteReleaseNotes(task, sandbox, "nope/../v1.0");

        Assert.False(task.Execute());

        Assert.Equal(ErrorCodes.InvalidTag, Assert.Single(_engine.Errors).Code);
        Assert.Empty(sandbox.Requests);
        Assert.Empty(sandbox.GitHub.Requests);
        Assert.Equal("Notes.\n", sandbox.GitHub.ReleaseBody(v1));
    }

    [Fact]
    public async Task A_tag_with_a_slash_reaches_its_own_release_as_one_segment()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var v1 = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.0", "Notes.\n");
        var slashed = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "release/v1", "Slashed.\n");
        _folder.CreateFile("a.bin", 100);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"));
        TaskHarness.WriteReleaseNotes(task, sandbox, "release/v1");

        Assert.True(task.Execute(), string.Join("\n", _engine.AllText));

        Assert.Contains(sandbox.GitHub.Requests, r => r.Path == $"/github/repos/{TaskHarness.GitHubRepository}/releases/tags/release%2Fv1");
        Assert.Single(ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(slashed)));
        Assert.Equal("Notes.\n", sandbox.GitHub.ReleaseBody(v1));
    }
}
