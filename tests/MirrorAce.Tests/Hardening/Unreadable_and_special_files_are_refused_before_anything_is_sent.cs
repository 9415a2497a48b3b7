using System.Diagnostics;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Hardening;

/// <summary>Issue 12, class 9: "checked before any byte is sent" includes reading; a FIFO is no empty file.</summary>
public class Unreadable_and_special_files_are_refused_before_anything_is_sent
{
    [Fact]
    public async Task A_file_that_cannot_be_opened_fails_the_run_before_the_readable_one_is_sent()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var dir = new TempDirectory();
        dir.CreateFile("dist/a.zip", 100);
        // A link to itself: it exists as a name, but no one (not even root, as CI runs) can open it. A file without
        // read permission is tested through the CLI, run as 'nobody' where the tests run as root.
        File.CreateSymbolicLink(Path.Combine(dir.Path, "dist", "b.zip"), "b.zip");

        var results = await TestSandbox.Uploader(sandbox, dir.Path).UploadAsync([new UploadRequest("dist/a.zip"), new UploadRequest("dist/b.zip")]);

        Assert.Equal(ErrorCodes.NotAttempted, results[0].Error?.Code);
        Assert.Equal(ErrorCodes.FileUnreadable, results[1].Error?.Code);
        Assert.Equal(UploadStep.Validate, results[1].Error!.Step);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task A_fifo_is_reported_as_not_a_regular_file()
    {
        if (OperatingSystem.IsWindows()) return;
        await using var sandbox = await TestSandbox.StartAsync();
        using var dir = new TempDirectory();
        var fifo = Path.Combine(dir.Path, "pipe.zip");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) await mkfifo.WaitForExitAsync();

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, "pipe.zip");

        Assert.Equal(ErrorCodes.NotRegularFile, result.Error?.Code);
        Assert.DoesNotContain("empty", result.Error!.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task A_character_device_is_reported_as_not_a_regular_file()
    {
        if (!File.Exists("/dev/null")) return;
        await using var sandbox = await TestSandbox.StartAsync();
        using var dir = new TempDirectory();

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, "/dev/null");

        Assert.Equal(ErrorCodes.NotRegularFile, result.Error?.Code);
    }
}
