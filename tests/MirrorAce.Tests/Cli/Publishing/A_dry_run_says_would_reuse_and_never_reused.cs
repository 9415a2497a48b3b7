namespace MirrorAce.Tests.Cli.Publishing;

/// <summary>A dry run's plan says what would be reused; no door prints the engine's per-file "reused …" line, which would read as done.</summary>
public sealed class A_dry_run_says_would_reuse_and_never_reused
{
    [Fact]
    public async Task The_plan_names_the_earlier_upload_and_no_line_says_it_was_reused()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("app.zip", 3000);
        var first = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip");
        Assert.True(first.ExitCode == 0, first.StandardError);
        var url = Assert.Single(sandbox.Files).Slug;

        var plan = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip", "--dry-run");

        Assert.True(plan.ExitCode == 0, plan.StandardError);
        Assert.Contains("would reuse", plan.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(url, plan.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("reused", plan.StandardError, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.CompletedUploadCount);
    }
}
