using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.Output;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>
/// if-no-files-found becomes the tool's --if-no-files-found, which means what the container action's input means: error
/// refuses the run before anything is sent; warn (a warning annotation) and ignore upload what the other patterns found.
/// </summary>
[Collection(ToolFeedGroup.Name)]
public class If_no_files_found_is_the_tools_error_warn_or_ignore(ToolFeed feed)
{
    [Theory]
    [InlineData("error", 2, 0)]
    [InlineData("WARN", 0, 1)]
    [InlineData("ignore", 0, 1)]
    public async Task A_pattern_that_matches_nothing_refuses_or_lets_the_others_upload(string setting, int exitCode, int uploaded)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var run = new CompositeRun().Against(sandbox, feed);
        run.Workspace.CreateFile("dist/app.zip", 2_000);
        run.Inputs["files"] = "dist/*.zip\ndist/*.tar.gz";
        run.Inputs["if-no-files-found"] = setting;

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var result = await run.RunAsync(timeout.Token);

        Assert.True(result.ExitCode == exitCode, result.Log);
        Assert.Equal(["prepare", "install", "upload"], result.StepsRun);
        Assert.Equal(uploaded, sandbox.Files.Count);
        Assert.Equal(uploaded, LinksJson.Parse(result.Outputs["links"] is "" ? "[]" : result.Outputs["links"]).Count);
        var warnings = result.Log.Split('\n').Where(l => l.StartsWith("::warning", StringComparison.Ordinal)).ToList();
        switch (setting)
        {
            case "error":
                Assert.Contains("mirrorace: error MA1005:", result.Log, StringComparison.Ordinal);
                Assert.Contains("::error title=MirrorAce::mirrorace upload failed with exit code 2", result.Log, StringComparison.Ordinal);
                Assert.Equal(["", "", ""], result.Outputs.Values);
                Assert.Empty(warnings);
                break;
            case "WARN":
                Assert.Equal(["::warning title=MirrorAce MA1005::MA1005: No file matches 'dist/*.tar.gz'; the files the other patterns found are uploaded."], warnings);
                break;
            default:
                Assert.Contains("No file matches 'dist/*.tar.gz'; the files the other patterns found are uploaded.", result.Log, StringComparison.Ordinal);
                Assert.Empty(warnings);
                break;
        }
    }
}
