using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Scripting;

/// <summary>Issue 16: the summary table is the result (stdout); progress lines are not (stderr).</summary>
public class Results_go_to_stdout_and_progress_to_stderr
{
    [Fact]
    public async Task The_table_is_on_stdout_and_the_progress_lines_on_stderr()
    {
        using var dir = new TempDirectory();
        // Tenths are told for files of 4 MiB and more (ProgressLines.TenthsFrom): smaller ones upload in seconds.
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = 500_000);
        dir.CreateFile("big.bin", 5_000_000);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "big.bin");

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        var url = Assert.Single(sandbox.Files).Slug;
        Assert.Contains(url, run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Uploaded 1 of 1 file.", run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("big.bin: uploading", run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("big.bin: 50%", run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("big.bin: done", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("big.bin: uploading", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("big.bin: 50%", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("big.bin: done", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Uploaded 1 of 1", run.StandardError, StringComparison.Ordinal);
    }
}
