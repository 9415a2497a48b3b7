using Microsoft.Build.Framework;

namespace MirrorAce.BuildTasks.Tests.Unit;

public sealed class A_run_writes_its_summary_and_names_it_as_the_projects_output : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string SummaryFile => Path.Combine(_folder.Path, "obj", "mirrorace-summary.md");

    [Fact]
    public async Task The_summary_lists_every_link_and_the_last_high_message_is_project_arrow_summary()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("app.zip", 3_000);
        _folder.CreateFile("notes.txt", 1_000);
        var engine = new RecordingBuildEngine();
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("app.zip"), TaskHarness.Item("notes.txt"));
        task.SummaryFile = SummaryFile;
        task.ProjectName = "MyApp";

        Assert.True(task.Execute(), string.Join("\n", engine.AllText));

        var summary = await File.ReadAllTextAsync(SummaryFile);
        Assert.StartsWith("# MirrorAce upload: MyApp\n", summary, StringComparison.Ordinal);
        Assert.Equal(2, sandbox.Files.Count);
        foreach (var stored in sandbox.Files)
            Assert.Contains($"[{stored.Slug}]({sandbox.ApiUrl.GetLeftPart(UriPartial.Authority)}/m/{stored.Slug})", summary, StringComparison.Ordinal);
        // The terminal logger shows only the last "Project -> text" message of a project, so it must come last.
        var last = engine.Messages.Last(m => m.Importance == MessageImportance.High);
        Assert.Equal($"MyApp -> {SummaryFile}", last.Message);
    }

    [Fact]
    public async Task A_dry_run_summary_is_the_plan_and_nothing_else_is_written()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("app.zip", 250_000);
        var engine = new RecordingBuildEngine();
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("app.zip"));
        task.SummaryFile = SummaryFile;
        task.LinksFile = Path.Combine(_folder.Path, "obj", "links.json");
        task.ProjectName = "MyApp";
        task.ChunkSize = 100_000;
        task.DryRun = true;

        Assert.True(task.Execute(), string.Join("\n", engine.AllText));

        Assert.Equal(
            "# MirrorAce dry run: MyApp\n\n"
            + "No file byte was sent, and no links file, cache or release notes were written.\n\n"
            + "- app.zip (244.14 KiB): 3 requests to mirrors 1, 2\n\n"
            + "Dry run: 1 file ready; credentials, mirrors and size limits were checked with MirrorAce. Nothing was uploaded.\n",
            await File.ReadAllTextAsync(SummaryFile));
        Assert.False(File.Exists(task.LinksFile));
        Assert.Equal(0, sandbox.ChunkRequestCount);
        Assert.Equal($"MyApp -> {SummaryFile}", engine.Messages.Last(m => m.Importance == MessageImportance.High).Message);
    }

    [Fact]
    public async Task A_summary_that_cannot_be_written_is_warning_MA2005_and_the_upload_still_succeeds()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("app.zip", 3_000);
        Directory.CreateDirectory(SummaryFile); // a folder where the file should go
        var engine = new RecordingBuildEngine();
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("app.zip"));
        task.SummaryFile = SummaryFile;
        task.ProjectName = "MyApp";

        Assert.True(task.Execute(), string.Join("\n", engine.AllText));

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("MA2005", warning.Code);
        Assert.Equal(SummaryFile, warning.File);
        Assert.Single(task.UploadedFiles);
        Assert.DoesNotContain(engine.Messages, m => m.Message!.StartsWith("MyApp -> ", StringComparison.Ordinal));
    }
}
