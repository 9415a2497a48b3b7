using System.Xml.Linq;
using MirrorAce.GitHub;
using MirrorAce.Output;

namespace MirrorAce.BuildTasks.Tests.Checksums;

/// <summary>
/// Issue 17: <c>MirrorAceChecksums=true</c> reaches the task's <c>Checksums</c>, and the build uploads a SHA256SUMS of its files:
/// an <c>MirrorAceUploadedFile</c> item of its own (its item spec is its name), a row of the links file and of the release's notes.
/// </summary>
public sealed class MirrorAceChecksums_uploads_a_manifest_listed_in_the_items_links_and_notes : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_targets_pass_the_property_to_the_task()
    {
        var targets = XDocument.Load(Path.Combine(Repository.Root, "src", "MirrorAce.BuildTasks", "build", "MirrorAce.BuildTasks.targets"));
        var task = Assert.Single(targets.Descendants(), e => e.Name.LocalName == "MirrorAceUpload" && e.Attribute("Files") is not null);

        Assert.Equal("$(MirrorAceChecksums)", task.Attribute(nameof(MirrorAceUpload.Checksums))?.Value);
    }

    [Fact]
    public async Task The_manifest_is_an_item_a_link_and_a_row_of_the_notes()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var id = sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v6.0", "Notes.\n");
        var app = _folder.CreateFile("app.zip", 3_000);
        var links = Path.Combine(_folder.Path, "obj", "links.json");
        var engine = new RecordingBuildEngine();
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("app.zip"));
        TaskHarness.WriteReleaseNotes(task, sandbox, "v6.0");
        task.LinksFile = links;
        task.Checksums = true;

        Assert.True(task.Execute(), string.Join("\n", engine.AllText));

        Assert.Equal(["app.zip", "SHA256SUMS"], task.UploadedFiles.Select(i => i.ItemSpec));
        var manifest = task.UploadedFiles[1];
        Assert.Equal($"{TempDirectory.Sha256Of(app)}  app.zip\n", await File.ReadAllTextAsync(sandbox.FindBySlug(manifest.GetMetadata("Slug"))!.DiskPath!));
        Assert.Equal(["app.zip", "SHA256SUMS"], LinksJson.Parse(await File.ReadAllTextAsync(links)).Select(l => l.Name));
        Assert.Contains(ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)), r => r.Name == "SHA256SUMS" && r.Slug == manifest.GetMetadata("Slug"));
    }
}
