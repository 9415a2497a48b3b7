using MirrorAce.Action.Tests.Composite.Support;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>
/// What the first step hands the upload step: the tool's options and the patterns, NUL-separated.
/// The install (the next step) stops at a branch ref, so no feed is needed.
/// </summary>
public class Each_input_becomes_the_option_of_the_tool_that_does_the_same
{
    private static async Task<(string[] Options, string[] Patterns)> ArgumentsAsync(Dictionary<string, string> inputs, Action<CompositeRun>? setUp = null)
    {
        using var run = new CompositeRun { ActionRef = "main" };
        foreach (var (name, value) in inputs) run.Inputs[name] = value;
        setUp?.Invoke(run);

        var result = await run.RunAsync();

        Assert.Equal("install", result.FailedStep);
        var dir = result.StepOutputs["prepare"]["dir"];
        Assert.StartsWith(run.RunnerTemp, dir, StringComparison.Ordinal);
        static string[] Read(string path) => File.ReadAllText(path).Split('\0')[..^1];
        var options = File.ReadAllText(Path.Combine(dir, "options"));
        var patterns = File.ReadAllText(Path.Combine(dir, "patterns"));
        return (options.Length == 0 ? [] : Read(Path.Combine(dir, "options")), patterns.Length == 0 ? [] : Read(Path.Combine(dir, "patterns")));
    }

    [Fact]
    public async Task Every_input_the_tool_supports_is_passed_as_its_option()
    {
        var (options, patterns) = await ArgumentsAsync(new()
        {
            ["files"] = "dist/app one.zip\n!dist/*.pdb, -odd.zip",
            ["api-url"] = " https://mirror.example/api/v1/ ",
            ["mirrors"] = "1\r\n3,4",
            ["chunk-size"] = "1048576",
            ["stall-timeout"] = "30.5",
            ["deadline"] = "600",
            ["dry-run"] = "TRUE",
            ["split"] = "true",
            ["include-hidden-files"] = "true",
            ["parallel"] = "16",
            ["release-tag"] = " v1.2.3 ",
            ["create-release"] = "true",
            ["release-draft"] = "True",
            ["mirror-release-assets"] = "true",
            ["verify"] = "TRUE",
            ["if-no-files-found"] = " Warn ",
        });

        Assert.Equal(["--release-tag", "v1.2.3", "--create-release", "--release-draft", "--mirror-release-assets", "--verify",
            "--api-url", "https://mirror.example/api/v1/", "--mirrors", "1,3,4", "--chunk-size", "1048576", "--stall-timeout", "30.5",
            "--deadline", "600", "--dry-run", "--split", "--include-hidden", "--parallel", "16", "--if-no-files-found", "warn"], options);
        // After "--" in the upload step, so a pattern starting with "-" stays a pattern.
        Assert.Equal(["dist/app one.zip", "!dist/*.pdb", "-odd.zip"], patterns);
    }

    [Fact]
    public async Task Empty_inputs_leave_the_tool_to_its_defaults()
    {
        var (options, patterns) = await ArgumentsAsync(new()
        {
            ["files"] = "app.zip",
            ["api-url"] = "",
            ["parallel"] = "",
            ["if-no-files-found"] = "",
        });

        Assert.Empty(options);
        Assert.Equal(["app.zip"], patterns);
    }

    [Fact]
    public async Task The_default_if_no_files_found_is_passed_as_the_tools_error()
    {
        var (options, _) = await ArgumentsAsync(new() { ["files"] = "app.zip" });

        Assert.Equal(["--if-no-files-found", "error"], options.SkipWhile(o => o != "--if-no-files-found"));
    }

    [Theory]
    [InlineData("release", "", "v3.0")]
    [InlineData("release", "v9.9", "v9.9")]
    [InlineData("push", "", null)]
    public async Task A_release_event_without_release_tag_names_the_events_release(string eventName, string releaseTag, string? expected)
    {
        var (options, _) = await ArgumentsAsync(new() { ["files"] = "app.zip", ["release-tag"] = releaseTag }, run =>
        {
            run.EventName = eventName;
            Directory.CreateDirectory(run.RunnerTemp);
            var payload = Path.Combine(run.RunnerTemp, "event.json");
            File.WriteAllText(payload, """{"action":"published","release":{"id":7,"tag_name":"v3.0"}}""");
            run.Environment["GITHUB_EVENT_PATH"] = payload;
        });

        Assert.Equal(expected is null ? [] : ["--release-tag", expected], options.Where((o, i) => o == "--release-tag" || (i > 0 && options[i - 1] == "--release-tag")));
    }

    [Fact]
    public async Task Verify_or_mirrored_assets_alone_pass_no_pattern()
    {
        var (options, patterns) = await ArgumentsAsync(new() { ["files"] = "", ["release-tag"] = "v1.0", ["verify"] = "true" });

        Assert.Contains("--verify", options);
        Assert.Empty(patterns);
    }
}
