using System.Text.Json;
using MirrorAce.Output;
using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli;

public class UploadCommandTests
{
    [Fact]
    public async Task Uploads_the_files_a_glob_matches_and_writes_the_links_files()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = 100_000);
        var a = dir.CreateFile("dist/app 1.0.zip", 250_000);
        var b = dir.CreateFile("dist/app-1.0.tar.gz", 1_000);
        dir.CreateFile("dist/notes.txt", 10);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "dist/*.zip", "dist/*.gz",
            "--links-json", "out/links.json", "--links-markdown", "out/links.md", "--mirrors", "1,3", "--quiet");

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.Equal("", run.StandardError);
        var links = LinksJson.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "out/links.json")));
        Assert.Equal(["app 1.0.zip", "app-1.0.tar.gz"], links.Select(l => l.Name));
        Assert.Equal(["dist/app 1.0.zip", "dist/app-1.0.tar.gz"], links.Select(l => l.Path));
        Assert.Equal(TempDirectory.Sha256Of(a), sandbox.FindBySlug(links[0].Slug)!.Sha256);
        Assert.Equal(TempDirectory.Sha256Of(b), sandbox.FindBySlug(links[1].Slug)!.Sha256);
        Assert.All(links, l => Assert.Equal(["1", "3"], l.Mirrors));
        Assert.Contains(links[0].Url, run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Uploaded 2 of 2 files.", run.StandardOutput, StringComparison.Ordinal);
        var markdown = await File.ReadAllTextAsync(Path.Combine(dir.Path, "out/links.md"));
        Assert.Contains($"]({links[1].Url})", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_plain_progress_lines_when_output_is_not_a_terminal()
    {
        using var dir = new TempDirectory();
        // Tenths are told for files of 4 MiB and more (ProgressLines.TenthsFrom): smaller ones upload in seconds.
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = 500_000);
        dir.CreateFile("big.bin", 5_000_000);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "big.bin");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("big.bin: 50%", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("big.bin: 50%", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_credentials_fail_with_a_coded_line_and_send_nothing()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.bin", 10);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, new Dictionary<string, string?> { ["MIRRORACE_API_TOKEN"] = null }, "upload", "a.bin");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("mirrorace: error MA1020:", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("MIRRORACE_API_TOKEN", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.UploadVariablesRequestCount);
    }

    [Fact]
    public async Task A_glob_matching_nothing_fails_before_anything_is_sent()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.bin", 10);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "a.bin", "dist/**/*.zip");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error MA1005: dist/**/*.zip", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.UploadVariablesRequestCount);
    }

    [Fact]
    public async Task A_missing_file_is_one_coded_line_naming_the_file_and_nothing_is_uploaded()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.bin", 10);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "a.bin", "nope.zip");

        // Refused before anything was sent: exit 2, as the contract's table says. A path that names nothing is a pattern that
        // matched nothing in every door (if-no-files-found, default error): one line for the run, naming the path.
        Assert.Equal(2, run.ExitCode);
        var lines = run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines, l => l.StartsWith("mirrorace: error", StringComparison.Ordinal));
        Assert.StartsWith("mirrorace: error MA1005: nope.zip: No file matches this pattern", line, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task A_failed_file_does_not_lose_the_links_of_the_others_and_the_exit_code_says_so()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("1-fails.bin", 10);
        dir.CreateFile("2-works.bin", 10);
        sandbox.Faults.Add(new Fault(FaultKind.LoseAnswerAfterCommit, Endpoint.Chunk));

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "1-fails.bin", "2-works.bin",
            "--parallel", "1", "--restarts", "0", "--links-json", "links.json", "--quiet");

        Assert.Equal(1, run.ExitCode);
        var link = Assert.Single(LinksJson.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json"))));
        Assert.Equal("2-works.bin", link.Name);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("mirrorace: error MA1040: 1-fails.bin:", line, StringComparison.Ordinal);
        Assert.Contains("Uploaded 1 of 2 files.", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_password_comes_from_the_named_variable_and_no_secret_is_printed()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o =>
        {
            o.ApiKey = "cli-secret-key-7f3a";
            o.ApiToken = "cli-secret-token-9b2c";
        });
        dir.CreateFile("locked.bin", 10);
        sandbox.Faults.Add(new Fault(FaultKind.ServiceUnavailable, Endpoint.Chunk)); // a retry line must not leak either

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, new Dictionary<string, string?> { ["RELEASE_PW"] = "file-pw-5d1e" },
            "upload", "locked.bin", "--password-env", "RELEASE_PW", "--links-json", "links.json");

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal("file-pw-5d1e", Assert.Single(sandbox.Files).Password);
        var written = run.StandardOutput + run.StandardError + await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json"));
        foreach (var secret in new[] { "cli-secret-key-7f3a", "cli-secret-token-9b2c", "file-pw-5d1e" })
            Assert.DoesNotContain(secret, written, StringComparison.Ordinal);
        Assert.Contains("retrying", run.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "upload" }, "There is nothing to do: no path or glob names a file to upload")]
    [InlineData(new[] { "upload", "a.zip", "--parallel", "many" }, "--parallel")]
    [InlineData(new string[0], "Required command")]
    public async Task A_command_line_that_cannot_run_exits_2_with_a_coded_line(string[] arguments, string expected)
    {
        using var dir = new TempDirectory();

        var run = await MirrorAceCli.RunAsync(dir.Path, null, arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("mirrorace: error MA1022: ", run.StandardError, StringComparison.Ordinal);
        Assert.Contains(expected, run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_contracts_options()
    {
        using var dir = new TempDirectory();

        var run = await MirrorAceCli.RunAsync(dir.Path, null, "upload", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--mirrors", "--api-url", "--chunk-size", "--parallel", "--links-json", "--links-markdown", "--password-env" })
            Assert.Contains(option, run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_links_json_is_an_array_even_when_nothing_was_uploaded()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.bin", 10);
        sandbox.Faults.Add(new Fault(FaultKind.LoseAnswerAfterCommit, Endpoint.Chunk, Times: 10));

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "a.bin", "--restarts", "0", "--links-json", "links.json");

        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json")));
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        Assert.Empty(doc.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Ctrl_c_stops_within_seconds_reports_the_unfinished_file_and_exits_130()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o =>
        {
            o.MaxChunkSize = 64 * 1024;
            o.ResponseDelay = TimeSpan.FromMilliseconds(300);
        });
        dir.CreateFile("slow.bin", 40 * 64 * 1024);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var run = await MirrorAceCli.RunInterruptedAsync(dir.Path, sandbox, TimeSpan.FromSeconds(2),
            "upload", "slow.bin", "--links-json", "links.json");

        Assert.InRange(stopwatch.Elapsed.TotalSeconds, 2, 6);
        Assert.Equal(130, run.ExitCode);
        Assert.Contains("error MA1060: slow.bin:", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(LinksJson.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json"))));
        Assert.Equal(0, sandbox.CompletedUploadCount);
    }

    [Fact]
    public async Task A_run_killed_outright_leaves_the_links_of_the_files_it_finished()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o =>
        {
            o.MaxChunkSize = 64 * 1024;
            o.ResponseDelay = TimeSpan.FromMilliseconds(200);
        });
        dir.CreateFile("1-small.bin", 1000);
        dir.CreateFile("2-slow.bin", 60 * 64 * 1024);
        var links = Path.Combine(dir.Path, "links.json");

        var killed = await MirrorAceCli.RunKilledAsync(dir.Path, sandbox, () => File.Exists(links),
            "upload", "1-small.bin", "2-slow.bin", "--parallel", "1", "--links-json", "links.json");

        Assert.True(killed, "the run ended before it could be killed");
        var link = Assert.Single(LinksJson.Parse(await File.ReadAllTextAsync(links)));
        Assert.Equal("1-small.bin", link.Name);
        Assert.Equal(TempDirectory.Sha256Of(Path.Combine(dir.Path, "1-small.bin")), sandbox.FindBySlug(link.Slug)!.Sha256);
    }
}
