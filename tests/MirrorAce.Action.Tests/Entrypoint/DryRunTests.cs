using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>The dry-run input: everything checked with the server, the plan shown, no file byte sent, no notes written.</summary>
public class DryRunTests
{
    [Fact]
    public async Task A_dry_run_shows_the_plan_sends_no_file_bytes_writes_no_notes_and_leaves_the_outputs_empty()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync(o => o.MaxChunkSize = 4_000);
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", "Notes.\n");
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/old.zip", 5_000);
        step.For(sandbox, "dist/old.zip").WithRelease(sandbox, "v1.0");
        Assert.Equal(0, (await step.RunAsync()).ExitCode);
        var reusable = ReleaseNotesRows(sandbox, id).Single();
        step.Workspace.CreateFile("dist/new.zip", 10_000);
        step.For(sandbox, "dist/*.zip").WithRelease(sandbox, "v1.0");
        step.Inputs["dry-run"] = "true";
        var (body, chunks, variables, patches) = (sandbox.GitHub.ReleaseBody(id), sandbox.ChunkRequestCount, sandbox.UploadVariablesRequestCount, sandbox.GitHub.PatchCount);

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(chunks, sandbox.ChunkRequestCount);
        Assert.Equal(patches, sandbox.GitHub.PatchCount);
        Assert.Equal(body, sandbox.GitHub.ReleaseBody(id));
        // The credentials were checked where the upload would have begun.
        Assert.Equal(variables + 1, sandbox.UploadVariablesRequestCount);
        Assert.Contains("dist/new.zip  9.77 KiB  3 requests to mirrors 1, 2", run.StdoutLines);
        Assert.Contains($"dist/old.zip  4.88 KiB  would reuse {reusable.Url}", run.StdoutLines);
        // Only the plan speaks of reuse: no line may say a file was reused by a run that sent nothing.
        Assert.DoesNotContain(run.StdoutLines, l => l.Contains(": reused ", StringComparison.Ordinal));
        Assert.StartsWith("### MirrorAce dry run\n", run.Summary, StringComparison.Ordinal);
        Assert.Contains("| dist/new.zip | 9.77 KiB | 3 requests to mirrors 1, 2 | 1, 2 |", run.Summary, StringComparison.Ordinal);
        Assert.Equal("[]", run.Outputs["links"]);
        Assert.Equal("", run.Outputs["urls"]);
        Assert.Equal("", run.Outputs["markdown"]);
    }

    [Fact]
    public async Task A_dry_run_reports_what_the_account_refuses_as_errors_before_anything_is_sent()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync(o => o.MaxFileSize = 8_000);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("small.zip", 1_000);
        step.Workspace.CreateFile("large.iso", 9_000);
        step.For(sandbox, "small.zip\nlarge.iso");
        step.Inputs["dry-run"] = "true";

        var run = await step.RunAsync();

        Assert.Equal(1, run.ExitCode);
        var errors = run.Commands("error");
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("::error file=large.iso,title=MA1004::large.iso: The file is 9,000 bytes", StringComparison.Ordinal));
        // As in a real run, nothing would be sent while any file is refused.
        Assert.Contains(errors, e => e.StartsWith("::error file=small.zip,title=MA1007::", StringComparison.Ordinal));
        Assert.Equal(0, sandbox.ChunkRequestCount);
        Assert.Contains("Dry run: 2 of 2 files cannot be uploaded. Nothing was uploaded.", run.StdoutLines);
    }

    private static IReadOnlyList<MirrorAce.Upload.UploadedFile> ReleaseNotesRows(SandboxServer sandbox, long id) =>
        MirrorAce.GitHub.ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id));
}
