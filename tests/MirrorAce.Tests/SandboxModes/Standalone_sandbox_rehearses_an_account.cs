using System.Diagnostics;
using System.Text.RegularExpressions;
using CliWrap;
using CliWrap.Buffered;

namespace MirrorAce.Tests.SandboxModes;

/// <summary>The sandbox as a user runs it: <c>dotnet MirrorAce.Sandbox.dll [options]</c>, from its own build output.</summary>
public sealed partial class Standalone_sandbox_rehearses_an_account
{
    private static string SandboxDll
    {
        get
        {
            // tests/MirrorAce.Tests/bin/<Configuration>/<tfm>/ → src/MirrorAce.Sandbox/bin/<Configuration>/<tfm>/
            var tfm = new DirectoryInfo(AppContext.BaseDirectory);
            var configuration = tfm.Parent!;
            var repository = configuration.Parent!.Parent!.Parent!.Parent!;
            return Path.Combine(repository.FullName, "src", "MirrorAce.Sandbox", "bin", configuration.Name, tfm.Name, "MirrorAce.Sandbox.dll");
        }
    }

    [Fact]
    public async Task Help_lists_every_option_of_the_contract()
    {
        var result = await CliWrap.Cli.Wrap("dotnet").WithArguments([SandboxDll, "--help"]).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--port N", "--strict", "--max-chunk-size BYTES", "--max-file-size BYTES", "--max-mirrors N", "--mirrors 13,63,42:off",
                     "--default-mirrors 13,63", "--api-key KEY", "--api-token TOKEN", "--fault KIND:ENDPOINT", "--random-faults", "/_sandbox/files/SLUG/status" })
            Assert.Contains(option, result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_option_exits_2_with_the_mistake_first()
    {
        var result = await CliWrap.Cli.Wrap("dotnet").WithArguments([SandboxDll, "--mirrors", "13,abc"]).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("--mirrors wants ids like 13,63,42:off (got 'abc').", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_serves_the_account_given_and_never_prints_given_credentials()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { SandboxDll, "--port", "0", "--mirrors", "13,63,42:off", "--default-mirrors", "13,63", "--max-mirrors", "2",
                     "--api-key", "k-7f3a9c", "--api-token", "t-51d0e2", "--strict", "--fault", "html500:chunk:2" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        try
        {
            var banner = new List<string>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                banner.Add(line);
                if (line.StartsWith("Sandbox controls", StringComparison.Ordinal))
                    break;
            }

            var api = ApiLine().Match(banner[0]);
            Assert.True(api.Success, string.Join('\n', banner));
            Assert.Contains("Mode: strict (refuses what MirrorAce tolerates, as the engine's tests want).", banner);
            Assert.Contains("Account: mirrors 13,63,42:off; default_mirrors 13,63; max_mirrors 2; max_chunk_size 99999988; max_file_size 10737418240.", banner);
            Assert.Contains("Faults armed: Html500 on Chunk request 2 x1.", banner);
            Assert.DoesNotContain(banner, l => l.Contains("k-7f3a9c", StringComparison.Ordinal) || l.Contains("t-51d0e2", StringComparison.Ordinal));

            using var http = new HttpClient();
            using var answer = await http.PostAsync(new Uri(new Uri(api.Groups[1].Value), "file/upload"), new FormUrlEncodedContent(
                [new("api_key", "k-7f3a9c"), new("api_token", "t-51d0e2")]));
            var text = await answer.Content.ReadAsStringAsync();
            Assert.Contains("\"mirrors\":{\"13\":true,\"63\":true,\"42\":false},\"default_mirrors\":[\"13\",\"63\"]", text, StringComparison.Ordinal);
            Assert.Contains("\"max_mirrors\":\"2\"", text, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    [GeneratedRegex(@"^MirrorAce sandbox API: (http://127\.0\.0\.1:[0-9]+/api/v1/)$")]
    private static partial Regex ApiLine();
}
