using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>The split input: a file too large for the account goes up as numbered parts, each with its own link.</summary>
public class SplitTests
{
    [Fact]
    public async Task A_file_too_large_for_the_account_is_split_into_parts_each_with_its_own_output_entry_and_notes_row()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync(o => { o.MaxFileSize = 100_000; o.MaxChunkSize = 30_000; });
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", null);
        using var step = new GitHubStep();
        var big = step.Workspace.CreateFile("disk.img", 250_000);
        step.For(sandbox, "disk.img").WithRelease(sandbox, "v1.0");
        step.Inputs["split"] = "true";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var parts = LinksJson.Parse(run.Outputs["links"]);
        Assert.Equal(["disk.img.001", "disk.img.002", "disk.img.003"], parts.Select(p => p.Name));
        Assert.Equal(250_000, parts.Sum(p => p.Size));
        Assert.All(parts, p => Assert.Equal(TempDirectory.Sha256Of(big), p.PartOf!.Sha256));
        Assert.Equal(3, run.Outputs["urls"].Split('\n').Length);
        Assert.Equal(parts.Select(p => p.Name), ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)).Select(r => r.Name));
        Assert.Contains("Uploaded 1 of 1 file.", run.Summary, StringComparison.Ordinal);
        Assert.Contains("`cat disk.img.001 disk.img.002 disk.img.003 > disk.img`", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rerun_reuses_the_parts_the_releases_notes_list_and_uploads_nothing()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync(o => { o.MaxFileSize = 100_000; o.MaxChunkSize = 30_000; });
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", null);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("disk.img", 250_000);
        step.For(sandbox, "disk.img").WithRelease(sandbox, "v1.0");
        step.Inputs["split"] = "true";
        var first = await step.RunAsync();
        Assert.True(first.ExitCode == 0, first.ToString());
        var (body, completed, chunks) = (sandbox.GitHub.ReleaseBody(id), sandbox.CompletedUploadCount, sandbox.ChunkRequestCount);

        var again = await step.RunAsync();

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(completed, sandbox.CompletedUploadCount);
        Assert.Equal(chunks, sandbox.ChunkRequestCount);
        Assert.Equal(body, sandbox.GitHub.ReleaseBody(id));
        Assert.Equal(first.Outputs["links"], again.Outputs["links"]);
        Assert.Contains("1 of them reused", again.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_split_a_file_too_large_for_the_account_fails_with_MA1004()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync(o => o.MaxFileSize = 100_000);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("disk.img", 250_000);
        step.For(sandbox, "disk.img");

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("::error file=disk.img,title=MA1004::", Assert.Single(run.Commands("error")), StringComparison.Ordinal);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }
}
