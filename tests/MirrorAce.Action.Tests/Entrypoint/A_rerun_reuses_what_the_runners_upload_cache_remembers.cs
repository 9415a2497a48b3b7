using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>
/// Without a release, a re-run on the same runner still sends nothing twice: the per-user upload cache (under
/// XDG_CACHE_HOME, else HOME) remembers the upload, and file/info confirms MirrorAce still holds it.
/// </summary>
public class A_rerun_reuses_what_the_runners_upload_cache_remembers
{
    [Fact]
    public async Task The_second_run_sends_no_chunk_and_hands_on_the_same_link()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/app.zip", 3_000);
        step.For(sandbox, "dist/app.zip");
        var first = await step.RunAsync();
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(File.Exists(Path.Combine(step.CacheHome, "mirrorace", "uploads.json")));
        var chunks = sandbox.ChunkRequestCount;

        var again = await step.RunAsync();

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(chunks, sandbox.ChunkRequestCount);
        var link = Assert.Single(LinksJson.Parse(again.Outputs["links"]));
        Assert.Equal(Assert.Single(LinksJson.Parse(first.Outputs["links"])).Slug, link.Slug);
        Assert.Contains($"  app.zip (2.93 KiB): {link.Url} (reused)", again.StdoutLines);
    }

    [Fact]
    public async Task With_reuse_false_the_file_is_uploaded_again()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/app.zip", 3_000);
        step.For(sandbox, "dist/app.zip");
        var first = await step.RunAsync();
        Assert.True(first.ExitCode == 0, first.ToString());
        var chunks = sandbox.ChunkRequestCount;
        step.Inputs["reuse"] = "false";

        var again = await step.RunAsync();

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(chunks + 1, sandbox.ChunkRequestCount);
        Assert.NotEqual(Assert.Single(LinksJson.Parse(first.Outputs["links"])).Slug, Assert.Single(LinksJson.Parse(again.Outputs["links"])).Slug);
        Assert.DoesNotContain(again.StdoutLines, l => l.EndsWith("(reused)", StringComparison.Ordinal));
    }
}
