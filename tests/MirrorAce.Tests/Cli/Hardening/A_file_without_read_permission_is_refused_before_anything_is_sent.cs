using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Hardening;

/// <summary>
/// Issue 12, class 9: a file the user may not read was found only after other files were uploaded. Root reads every
/// file whatever its mode, so where the tests run as root (CI) the CLI runs as 'nobody' to meet the permission.
/// </summary>
public class A_file_without_read_permission_is_refused_before_anything_is_sent
{
    [Fact]
    public async Task The_run_exits_2_with_MA1006_for_that_file_and_sends_nothing()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.zip", 1_000);
        var locked = dir.CreateFile("b.zip", 1_000);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        // Others may enter the test folder and read a.zip; b.zip is nobody's to read.
        File.SetUnixFileMode(dir.Path, File.GetUnixFileMode(dir.Path) | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(Path.Combine(dir.Path, "a.zip"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var run = Environment.UserName == "root"
            ? await MirrorAceCli.RunAsNobodyAsync(dir.Path, sandbox, "upload", "a.zip", "b.zip")
            : await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "a.zip", "b.zip");
        // Root without setpriv, or a checkout 'nobody' may not read: the link-loop test covers the class there.
        if (run is null) return;

        Assert.Equal(2, run!.ExitCode);
        Assert.Contains(run.StandardError.Split('\n'), l => l.StartsWith("mirrorace: error MA1006: b.zip:", StringComparison.Ordinal));
        Assert.Empty(sandbox.Requests);
    }
}
