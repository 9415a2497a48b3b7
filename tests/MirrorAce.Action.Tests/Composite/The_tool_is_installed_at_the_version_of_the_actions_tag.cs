using MirrorAce.Action.Tests.Composite.Support;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>
/// v1.2.3 installs the tool 1.2.3, v1.2 and v1 the newest 1.2.x and 1.x; a commit or a branch has no
/// version unless MIRRORACE_TOOL_VERSION names one.
/// </summary>
[Collection(ToolFeedGroup.Name)]
public class The_tool_is_installed_at_the_version_of_the_actions_tag(ToolFeed feed)
{
    private async Task<CompositeResult> InstallAsync(string actionRef, string? version = null, string? actionPath = null)
    {
        using var run = new CompositeRun { ActionRef = actionRef };
        if (actionPath is not null) run.ActionPath = actionPath;
        run.Environment["MIRRORACE_TOOL_SOURCE"] = feed.Path;
        if (version is not null) run.Environment["MIRRORACE_TOOL_VERSION"] = version;
        run.Workspace.CreateFile("app.zip", 10);
        run.Inputs["files"] = "app.zip";
        // Credentials too short for the tool: the upload step fails at once, after the install has run.
        run.Inputs["api-key"] = "k";
        run.Inputs["api-token"] = "t";
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        return await run.RunAsync(timeout.Token);
    }

    [Theory]
    [InlineData("exact")]
    [InlineData("minor")]
    [InlineData("major")]
    public async Task A_version_tag_installs_that_version(string form)
    {
        var actionRef = form switch
        {
            "exact" => $"v{feed.Version}",
            "minor" => $"v0.{feed.Minor}",
            _ => "v0",
        };

        var result = await InstallAsync(actionRef);

        Assert.Equal("upload", result.FailedStep);
        Assert.Contains($"Tool 'mirrorace.cli' (version '{feed.Version}') was successfully installed.", result.Log, StringComparison.Ordinal);
        // The installed command ran: the refusal of the short key is the tool's own.
        Assert.EndsWith("/tool/mirrorace", result.StepOutputs["install"]["command"], StringComparison.Ordinal);
        Assert.Contains("mirrorace: error MA1023:", result.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_github_action_ref_the_tag_is_read_from_where_the_runner_checked_the_action_out()
    {
        // The runner's layout for `uses: mirrorace/mirrorace-buildtasks/composite@v<version>`.
        var checkout = Path.Combine(Path.GetTempPath(), "_actions", "mirrorace", "mirrorace-buildtasks", $"v{feed.Version}", "composite");

        var result = await InstallAsync("", actionPath: checkout);

        Assert.Equal("upload", result.FailedStep);
        Assert.Contains($"Tool 'mirrorace.cli' (version '{feed.Version}') was successfully installed.", result.Log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("main")]
    [InlineData("0123456789abcdef0123456789abcdef01234567")]
    public async Task A_branch_or_commit_needs_MIRRORACE_TOOL_VERSION(string actionRef)
    {
        var refused = await InstallAsync(actionRef);
        var named = await InstallAsync(actionRef, feed.Version);

        Assert.Equal("install", refused.FailedStep);
        Assert.Contains("::error title=MirrorAce MA1022::MA1022: The action is not used at a version tag", refused.Log, StringComparison.Ordinal);
        Assert.Equal("upload", named.FailedStep);
        Assert.Contains($"(version '{feed.Version}') was successfully installed", named.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_that_is_not_a_NuGet_version_is_refused()
    {
        var result = await InstallAsync("v1", "1.0; rm -rf /");

        Assert.Equal("install", result.FailedStep);
        Assert.Contains("MA1022: The environment variable MIRRORACE_TOOL_VERSION is not a NuGet version", result.Log, StringComparison.Ordinal);
    }
}
