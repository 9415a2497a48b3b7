using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Hardening;

/// <summary>Issue 12, classes 4 and 9, in the CLI: name clashes and unreadable files are found before any byte is sent, exit 2.</summary>
public class Input_refused_before_sending_exits_2
{
    [Fact]
    public async Task Two_files_with_one_name_name_both_paths()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("out/linux/app.zip", 1_000);
        dir.CreateFile("out/win/app.zip", 1_100);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "out/**/*.zip");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StandardError.Split('\n'), l => l.Contains("MA1072", StringComparison.Ordinal));
        Assert.Contains("out/linux/app.zip", line, StringComparison.Ordinal);
        Assert.Contains("out/win/app.zip", line, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task An_unopenable_file_fails_the_run_before_the_good_one_is_sent()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.zip", 1_000);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "b.zip"), "b.zip");

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "a.zip", "b.zip");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.StandardError.Split('\n'), l => l.StartsWith("mirrorace: error MA1006: b.zip:", StringComparison.Ordinal));
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task A_device_is_not_called_empty()
    {
        if (!File.Exists("/dev/zero")) return;
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "/dev/zero");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MA1071", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("empty", run.StandardError, StringComparison.OrdinalIgnoreCase);
    }
}
