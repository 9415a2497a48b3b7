using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Scripting;

/// <summary>
/// Issue 16: the README's exit code table, row by row, for every command: 0 done, 1 some file failed,
/// 2 refused before anything was sent, 130 interrupted.
/// </summary>
public class Exit_codes_follow_the_documented_table
{
    [Theory]
    [InlineData("upload ok", 0)]
    [InlineData("upload one lost", 1)]
    [InlineData("upload missing file", 2)]
    [InlineData("upload unknown option", 2)]
    [InlineData("upload bad value", 2)]
    [InlineData("upload unknown mirror", 2)]
    [InlineData("dry run ok", 0)]
    [InlineData("dry run unknown mirror", 2)]
    [InlineData("mirror not a url", 2)]
    [InlineData("mirror unknown option", 2)]
    [InlineData("status active", 0)]
    [InlineData("status removed", 1)]
    [InlineData("status missing links file", 2)]
    [InlineData("status unknown option", 2)]
    [InlineData("completion unknown shell", 2)]
    public async Task Each_outcome_has_its_code(string scenario, int expected)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.zip", 1_000);
        var api = sandbox.ApiUrl.AbsoluteUri;
        string slug() => Assert.Single(sandbox.Files).Slug;
        if (scenario.StartsWith("status", StringComparison.Ordinal))
            await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "a.zip", "--quiet");
        if (scenario == "status removed") sandbox.SetFileStatus(slug(), "user removed");
        if (scenario == "status removed") Assert.Contains("user removed", (await MirrorAceCli.RunAsync(dir.Path, sandbox, "status", slug(), "--api-url", api)).StandardOutput, StringComparison.Ordinal);
        if (scenario == "upload one lost") sandbox.Faults.Add(new Fault(FaultKind.LoseAnswerAfterCommit, Endpoint.Chunk, Times: 10));
        var requestsBefore = sandbox.Requests.Count;

        string[] arguments = scenario switch
        {
            "upload ok" => ["upload", "a.zip"],
            "upload one lost" => ["upload", "a.zip", "--restarts", "0"],
            "upload missing file" => ["upload", "a.zip", "b.zip"],
            "upload unknown option" => ["upload", "a.zip", "--jsn"],
            "upload bad value" => ["upload", "a.zip", "--parallel", "0"],
            "upload unknown mirror" => ["upload", "a.zip", "--mirrors", "999"],
            "dry run ok" => ["upload", "a.zip", "--dry-run"],
            "dry run unknown mirror" => ["upload", "a.zip", "--dry-run", "--mirrors", "999"],
            "mirror not a url" => ["mirror", "not a url", "--api-url", api],
            "mirror unknown option" => ["mirror", "https://example.com/a.zip", "--api-url", api, "--linksjson", "x"],
            "status active" or "status removed" => ["status", slug(), "--api-url", api],
            "status missing links file" => ["status", "gone.json", "--api-url", api],
            "status unknown option" => ["status", "abc", "--api-url", api, "--qiet"],
            _ => ["completion", "fish"],
        };
        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, arguments);

        Assert.True(run.ExitCode == expected, $"{scenario}: exit {run.ExitCode}\n{run.StandardOutput}\n{run.StandardError}");
        // Every failure has its coded line; an inactive link is the status table's answer, on stdout.
        if (expected != 0 && scenario != "status removed")
            Assert.Contains(run.StandardError.Split('\n'), l => l.StartsWith("mirrorace: error MA", StringComparison.Ordinal));
        // 2 means nothing was sent: no file bytes (an unknown mirror is found by asking the server, which sends none).
        if (expected == 2)
            Assert.DoesNotContain(sandbox.Requests.Skip(requestsBefore), r => r.Endpoint == Endpoint.Chunk);
    }

    [Theory]
    [InlineData("upload", "--dry-run")]
    [InlineData("status")]
    public async Task Interrupted_is_130_even_before_any_file_starts(string command, params string[] extra)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        // The first request hangs: the interrupt comes while the command waits for its answer.
        sandbox.Faults.Add(new Fault(FaultKind.StallBeforeAnswer, command == "upload" ? Endpoint.UploadVariables : Endpoint.FileInfo, Duration: TimeSpan.FromSeconds(30)));
        dir.CreateFile("a.zip", 1_000);
        string[] arguments = command == "upload" ? ["upload", "a.zip", .. extra] : ["status", "abcdef", "--api-url", sandbox.ApiUrl.AbsoluteUri];

        var run = await MirrorAceCli.RunInterruptedAsync(dir.Path, sandbox, TimeSpan.FromSeconds(2), arguments);

        Assert.True(run.ExitCode == 130, $"exit {run.ExitCode}\n{run.StandardOutput}\n{run.StandardError}");
        Assert.Contains("MA1060", run.StandardError, StringComparison.Ordinal);
    }
}
