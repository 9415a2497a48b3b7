using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>
/// The composite's steps, run as written, install the tool from a local feed at the action's version,
/// upload to the sandbox and hand the links to later steps through the three outputs.
/// </summary>
[Collection(ToolFeedGroup.Name)]
public class Uploads_with_the_tool_installed_from_a_local_feed(ToolFeed feed)
{
    [Fact]
    public async Task Every_file_reaches_the_server_and_the_outputs_list_them()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = 1 << 20);
        using var run = new CompositeRun { ActionRef = "v" + feed.Version };
        run.Environment["MIRRORACE_TOOL_SOURCE"] = feed.Path;
        var first = run.Workspace.CreateFile("dist/app one.zip", 2_500_000);
        var second = run.Workspace.CreateFile("dist/notes.txt", 1_000);
        run.Workspace.CreateFile("dist/skip.log", 10);
        run.Inputs["files"] = "dist/*.zip\r\n dist/notes.txt , ";
        run.Inputs["api-key"] = sandbox.Options.ApiKey;
        run.Inputs["api-token"] = sandbox.Options.ApiToken;
        run.Inputs["api-url"] = sandbox.ApiUrl.AbsoluteUri;
        run.Inputs["mirrors"] = "1\n3";
        run.Inputs["file-password"] = "composite-password-1";

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var result = await run.RunAsync(timeout.Token);

        Assert.True(result.ExitCode == 0, result.Log);
        Assert.Equal(["prepare", "install", "upload"], result.StepsRun);
        var links = LinksJson.Parse(result.Outputs["links"]);
        Assert.Equal(["app one.zip", "notes.txt"], links.Select(l => l.Name));
        foreach (var (link, path) in links.Zip([first, second]))
        {
            var stored = sandbox.FindBySlug(link.Slug)!;
            Assert.Equal(TempDirectory.Sha256Of(path), stored.Sha256);
            Assert.Equal("composite-password-1", stored.Password);
            Assert.Equal(["1", "3"], stored.Mirrors.OrderBy(m => m, StringComparer.Ordinal));
        }
        Assert.Equal(2, sandbox.Files.Count);
        Assert.Equal(string.Join('\n', links.Select(l => l.Url)), result.Outputs["urls"]);
        Assert.Contains("app one.zip", result.Outputs["markdown"], StringComparison.Ordinal);
        Assert.StartsWith("|", result.Outputs["markdown"], StringComparison.Ordinal);
        Assert.Contains(result.Outputs["markdown"], result.Summary, StringComparison.Ordinal);
        // Each multi-line value is fenced by a random delimiter: a value cannot guess it to end the block early.
        var delimiters = System.Text.RegularExpressions.Regex.Matches(result.OutputFiles["upload"], @"^(links|urls|markdown)<<(mirrorace_[0-9a-f]{32})$",
            System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[2].Value).ToList();
        Assert.Equal(3, delimiters.Distinct().Count());
        // The secrets are registered with the runner (which consumes those lines) and shown nowhere else.
        Assert.Equal([$"::add-mask::{sandbox.Options.ApiKey}", $"::add-mask::{sandbox.Options.ApiToken}", "::add-mask::composite-password-1",
                "::add-mask::ghs_composite_test_token_0123456789"],
            result.Log.Split('\n').Where(l => l.StartsWith("::add-mask::", StringComparison.Ordinal)));
        var shown = string.Join('\n', result.Log.Split('\n').Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal)));
        Assert.DoesNotContain(sandbox.Options.ApiKey, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(sandbox.Options.ApiToken, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("composite-password-1", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("ghs_composite_test_token_0123456789", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_sends_no_byte_and_leaves_the_outputs_empty()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var run = new CompositeRun { ActionRef = "v" + feed.Version };
        run.Environment["MIRRORACE_TOOL_SOURCE"] = feed.Path;
        run.Workspace.CreateFile("dist/app.zip", 5_000);
        run.Inputs["files"] = "dist/app.zip";
        run.Inputs["api-key"] = sandbox.Options.ApiKey;
        run.Inputs["api-token"] = sandbox.Options.ApiToken;
        run.Inputs["api-url"] = sandbox.ApiUrl.AbsoluteUri;
        run.Inputs["dry-run"] = "True";

        var result = await run.RunAsync();

        Assert.True(result.ExitCode == 0, result.Log);
        Assert.Equal(0, sandbox.ChunkRequestCount);
        Assert.Empty(sandbox.Files);
        Assert.Equal(["", "", ""], result.Outputs.Values);
        Assert.Contains("app.zip", result.Log, StringComparison.Ordinal);
    }
}
