using MirrorAce.GitHub;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Secrets;

public class Refuses_malformed_credentials_user_info_urls_and_bad_tags_before_sending
{
    [Theory]
    [InlineData("api-key", "q7z", "MirrorAce API key")]
    [InlineData("api-token", "tok\u2028en-0123456789", "MirrorAce API token")]
    [InlineData("file-password", "pw-1\npw-2-abcdef", "file password")]
    [InlineData("github-token", "q7z", "GitHub token")]
    public async Task A_malformed_secret_input_is_refused_by_name_and_nothing_is_sent(string input, string value, string what)
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var release = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", "Notes.\n");
        using var step = new GitHubStep();
        step.Workspace.CreateFile("a.zip", 100);
        step.For(sandbox, "a.zip").WithRelease(sandbox, "v1.0");
        step.Inputs[input] = value;

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.Commands("error"));
        Assert.Contains(ErrorCodes.MalformedCredentials, error, StringComparison.Ordinal);
        Assert.Contains($"The {what} in the input '{input}' is malformed", error, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
        Assert.Empty(sandbox.GitHub.Requests);
        Assert.Equal("Notes.\n", sandbox.GitHub.ReleaseBody(release));
    }

    [Fact]
    public async Task An_api_url_with_user_info_is_refused_and_never_shown()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("a.zip", 100);
        step.For(sandbox, "a.zip");
        step.Inputs["api-url"] = $"http://alice:s3cret-pw@{sandbox.ApiUrl.Authority}/api/v1/";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.Commands("error"));
        Assert.Contains(ErrorCodes.InvalidArgument, error, StringComparison.Ordinal);
        Assert.Contains("***@", error, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", run.StandardOutput + run.StandardError + run.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", run.StandardOutput + run.StandardError + run.Summary, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }

    [Theory]
    [InlineData("nope/../v1.0")]
    [InlineData("../../evil")]
    public async Task A_tag_that_climbs_out_of_its_segment_is_refused_and_no_release_is_touched(string tag)
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var v1 = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", "Notes.\n");
        using var step = new GitHubStep();
        step.Workspace.CreateFile("a.zip", 100);
        step.For(sandbox, "a.zip").WithRelease(sandbox, tag);

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(ErrorCodes.InvalidTag, Assert.Single(run.Commands("error")), StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
        Assert.Empty(sandbox.GitHub.Requests);
        Assert.Equal("Notes.\n", sandbox.GitHub.ReleaseBody(v1));
        Assert.Empty(run.Outputs.GetValueOrDefault("urls") ?? "");
    }

    [Fact]
    public async Task A_tag_with_a_slash_reaches_its_own_release_as_one_segment()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var v1 = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", "Notes.\n");
        var slashed = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "release/v1", "Slashed.\n");
        using var step = new GitHubStep();
        step.Workspace.CreateFile("a.zip", 100);
        step.For(sandbox, "a.zip").WithRelease(sandbox, "release/v1");

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(sandbox.GitHub.Requests, r => r.Path == $"/github/repos/{GitHubStep.RepositoryName}/releases/tags/release%2Fv1");
        Assert.Single(ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(slashed)));
        Assert.Equal("Notes.\n", sandbox.GitHub.ReleaseBody(v1));
        Assert.Contains(sandbox.Files[0].Slug, run.Outputs["urls"], StringComparison.Ordinal);
    }
}
