using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Hardening;

/// <summary>
/// Issue 12, class 5: on SIGTERM (how a runner cancels a container step) the action skipped the notes, so the
/// re-run found nothing to reuse and uploaded everything again. Now what finished is listed and output.
/// </summary>
public class A_cancelled_step_lists_what_finished_in_the_notes
{
    [Fact]
    public async Task The_notes_and_outputs_hold_the_files_done_before_SIGTERM_and_a_rerun_uploads_only_the_rest()
    {
        // Each chunk answer takes 700 ms: the step is stopped while the second file is in flight.
        await using var sandbox = await TestSandbox.StartTolerantAsync(o => o.ResponseDelay = TimeSpan.FromMilliseconds(700));
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", null);
        using var step = new GitHubStep();
        foreach (var name in new[] { "a.zip", "b.zip", "c.zip", "d.zip" })
            step.Workspace.CreateFile("dist/" + name, 5_000);
        step.For(sandbox, "dist/*.zip").WithRelease(sandbox, "v1.0");
        step.Inputs["parallel"] = "1";

        var (run, stoppedWithin) = await step.RunTerminatedAsync(() => sandbox.CompletedUploadCount >= 2);

        Assert.NotEqual(0, run.ExitCode);
        Assert.InRange(stoppedWithin.TotalSeconds, 0, 10);
        var listed = ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)).Select(r => r.Slug).ToList();
        var stored = sandbox.Files.Select(f => f.Slug).ToList();
        Assert.True(listed.Count >= 2, run.ToString());
        // Nothing the server holds is left out of the notes: that would be uploaded again by the re-run.
        Assert.Equal(stored.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(listed.Count, LinksJson.Parse(run.Outputs["links"]).Count);

        var rerun = await step.RunAsync();

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(4, sandbox.Files.Count);
        Assert.Equal(4, ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)).Count);
    }
}
