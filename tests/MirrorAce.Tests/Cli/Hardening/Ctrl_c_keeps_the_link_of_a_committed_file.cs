using MirrorAce.Output;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Hardening;

/// <summary>
/// Issue 12, class 5, in the CLI: SIGINT aborted requests in flight, so files whose last chunk the server had
/// committed got no link (5 of 29 in one run) and the re-run uploaded them again.
/// </summary>
public class Ctrl_c_keeps_the_link_of_a_committed_file
{
    [Fact]
    public async Task Every_file_the_server_holds_is_in_the_links_and_the_rerun_uploads_only_the_rest()
    {
        using var dir = new TempDirectory();
        // The server stores each file, then takes 800 ms to answer: the interrupt lands in such a wait.
        await using var sandbox = await TestSandbox.StartAsync(o => o.ResponseDelay = TimeSpan.FromMilliseconds(800));
        for (var i = 0; i < 6; i++) dir.CreateFile($"f{i}.zip", 20_000);

        var interrupted = await MirrorAceCli.RunInterruptedWhenAsync(dir.Path, sandbox, () => sandbox.CompletedUploadCount >= 2,
            "upload", "*.zip", "--parallel", "2", "--links-json", "links.json");

        Assert.Equal(130, interrupted.ExitCode);
        var linked = LinksJson.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json"))).Select(l => l.Slug).Order(StringComparer.Ordinal);
        Assert.Equal(sandbox.Files.Select(f => f.Slug).Order(StringComparer.Ordinal), linked);

        var rerun = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "*.zip", "--links-json", "links.json");

        Assert.True(rerun.ExitCode == 0, rerun.StandardOutput + rerun.StandardError);
        Assert.Equal(6, sandbox.Files.Count);
    }
}
