using System.Text.Json;
using MirrorAce.Action.Tests.Support;
using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>The entrypoint as a process in a simulated GitHub step, uploading to a local sandbox.</summary>
public class UploadOutputsTests
{
    [Fact]
    public async Task Uploads_the_files_the_patterns_select_and_outputs_their_links_urls_and_markdown()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        var zip = step.Workspace.CreateFile("dist/app-1.0.zip", 150_000);
        var tar = step.Workspace.CreateFile("dist/linux/app-1.0.tar.gz", 2_000);
        step.Workspace.CreateFile("dist/linux/app-1.0.tar.gz.tmp", 10);
        step.Workspace.CreateFile("dist/debug/app.pdb", 10);
        step.For(sandbox, "dist/*.zip, dist\\**\\*.gz\n!dist/debug/**\n");

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["links", "markdown", "urls"], run.Outputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ActionMetadata.OutputNames.Order(StringComparer.Ordinal), run.Outputs.Keys.Order(StringComparer.Ordinal));

        using var links = JsonDocument.Parse(run.Outputs["links"]);
        var entries = links.RootElement.EnumerateArray().ToList();
        Assert.Equal(["dist/app-1.0.zip", "dist/linux/app-1.0.tar.gz"], entries.Select(e => e.GetProperty("path").GetString()));
        Assert.Equal(150_000, entries[0].GetProperty("size").GetInt64());
        Assert.Equal(TempDirectory.Sha256Of(zip), entries[0].GetProperty("sha256").GetString());
        var parsed = LinksJson.Parse(run.Outputs["links"]);
        Assert.Equal(TempDirectory.Sha256Of(zip), sandbox.FindBySlug(parsed[0].Slug)!.Sha256);
        Assert.Equal(TempDirectory.Sha256Of(tar), sandbox.FindBySlug(parsed[1].Slug)!.Sha256);

        Assert.Equal(parsed.Select(l => l.Url), run.Outputs["urls"].Split('\n'));
        var markdown = run.Outputs["markdown"].Split('\n');
        Assert.Equal("| File | Size | Link | SHA-256 | Mirrors |", markdown[0]);
        Assert.Equal(2 + parsed.Count, markdown.Length);
        Assert.Contains($"]({parsed[1].Url})", markdown[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_a_step_summary_table_with_each_files_name_size_link_and_sha256()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        var zip = step.Workspace.CreateFile("dist/app.zip", 3_000);
        step.For(sandbox, "dist/app.zip");

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var link = LinksJson.Parse(run.Outputs["links"]).Single();
        Assert.StartsWith("### MirrorAce\n\nUploaded 1 of 1 file.\n", run.Summary, StringComparison.Ordinal);
        Assert.Contains($"| app.zip | 2.93 KiB | [{link.Slug}]({link.Url}) | `{TempDirectory.Sha256Of(zip)}` |", run.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Per_file_progress_is_inside_one_log_group_and_the_links_follow_it()
    {
        // Tenths are told for files from 4 MiB (ProgressLines.TenthsFrom); smaller ones upload in seconds.
        await using var sandbox = await TestSandbox.StartTolerantAsync(o => o.MaxChunkSize = 1L << 20);
        using var step = new GitHubStep();
        step.Workspace.CreateFile("a.bin", 5L << 20);
        step.Workspace.CreateFile("b.bin", 1_000);
        step.For(sandbox, "*.bin");

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StdoutLines.ToList();
        var start = lines.FindIndex(l => l.StartsWith("::group::Uploading 2 files to MirrorAce", StringComparison.Ordinal));
        var end = lines.IndexOf("::endgroup::");
        Assert.InRange(start, 0, end - 1);
        var inside = lines[(start + 1)..end];
        Assert.Contains($"a.bin: uploading {ByteSize.Format(5L << 20)}", inside);
        Assert.Contains(inside, l => l.StartsWith("a.bin: 60%", StringComparison.Ordinal));
        Assert.Contains(inside, l => l.StartsWith("b.bin: done, http", StringComparison.Ordinal));
        Assert.Contains("Uploaded 2 of 2 files.", lines[(end + 1)..]);
    }

    [Fact]
    public async Task Files_are_found_in_GITHUB_WORKSPACE_whatever_the_working_directory()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        using var elsewhere = new TempDirectory();
        step.Workspace.CreateFile("out/app.zip", 500);
        step.WorkingDirectory = elsewhere.Path;
        step.For(sandbox, "out/app.zip");

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("out/app.zip", LinksJson.Parse(run.Outputs["links"]).Single().Path);
    }

    [Fact]
    public async Task A_folder_stands_for_every_file_under_it()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/a.zip", 100);
        step.Workspace.CreateFile("dist/sub/b.zip", 100);
        step.For(sandbox, "dist/");

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["dist/a.zip", "dist/sub/b.zip"], LinksJson.Parse(run.Outputs["links"]).Select(l => l.Path));
    }

    [Fact]
    public async Task Mirrors_file_password_parallel_and_chunk_size_reach_the_upload()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        step.Workspace.CreateFile("app.zip", 10_000);
        step.For(sandbox, "app.zip");
        step.Inputs["mirrors"] = " 3,\n1 ";
        step.Inputs["file-password"] = "open sesame";
        step.Inputs["chunk-size"] = "4000";
        step.Inputs["parallel"] = "1";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var stored = sandbox.FindBySlug(LinksJson.Parse(run.Outputs["links"]).Single().Slug)!;
        Assert.Equal(["3", "1"], stored.Mirrors);
        Assert.Equal("open sesame", stored.Password);
        Assert.Equal(3, sandbox.ChunkRequestCount);
    }
}
