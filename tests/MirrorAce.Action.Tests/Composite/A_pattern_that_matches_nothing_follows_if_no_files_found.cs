using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>error fails the step; warn and ignore let the job go on with empty outputs. Nothing is uploaded.</summary>
[Collection(ToolFeedGroup.Name)]
public class A_pattern_that_matches_nothing_follows_if_no_files_found(ToolFeed feed)
{
    [Theory]
    [InlineData("error", 2, null)]
    [InlineData("warn", 0, "::warning title=MirrorAce MA1005::MA1005: A pattern of the input 'files' matches no file")]
    [InlineData("Ignore", 0, "A pattern of the input 'files' matches no file, so nothing was uploaded (if-no-files-found: ignore).")]
    public async Task Fails_warns_or_logs_as_asked(string setting, int exitCode, string? line)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var run = new CompositeRun { ActionRef = "v" + feed.Version };
        run.Environment["MIRRORACE_TOOL_SOURCE"] = feed.Path;
        run.Inputs["files"] = "dist/*.zip";
        run.Inputs["api-key"] = sandbox.Options.ApiKey;
        run.Inputs["api-token"] = sandbox.Options.ApiToken;
        run.Inputs["api-url"] = sandbox.ApiUrl.AbsoluteUri;
        run.Inputs["if-no-files-found"] = setting;

        var result = await run.RunAsync();

        Assert.True(result.ExitCode == exitCode, result.Log);
        Assert.Equal(["prepare", "install", "upload"], result.StepsRun);
        Assert.Contains("MA1005", result.Log, StringComparison.Ordinal);
        if (line is not null) Assert.Contains(line, result.Log, StringComparison.Ordinal);
        else Assert.Contains("::error title=MirrorAce::mirrorace upload failed with exit code 2", result.Log, StringComparison.Ordinal);
        Assert.Equal(["", "", ""], result.Outputs.Values);
        Assert.Empty(sandbox.Files);
    }
}
