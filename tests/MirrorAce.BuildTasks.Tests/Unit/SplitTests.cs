using System.Globalization;
using System.Text.Json;
using MirrorAce.Sandbox;

namespace MirrorAce.BuildTasks.Tests.Unit;

public sealed class SplitTests : IDisposable
{
    private const long Limit = 100_000;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private (MirrorAceUpload Task, RecordingBuildEngine Engine) Build(SandboxServer sandbox, bool split)
    {
        var engine = new RecordingBuildEngine();
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("disk.img"));
        task.CacheFile = Path.Combine(_folder.Path, "obj", "cache.json");
        task.LinksFile = Path.Combine(_folder.Path, "obj", "links.json");
        task.Split = split;
        return (task, engine);
    }

    private static Task<SandboxServer> StartSandboxAsync() => TaskHarness.StartSandboxAsync(o => o.MaxFileSize = Limit);

    [Fact]
    public async Task With_split_each_part_of_a_file_over_the_limit_is_an_item_of_the_local_file_and_a_links_entry()
    {
        await using var sandbox = await StartSandboxAsync();
        var path = _folder.CreateFile("disk.img", 250_000);
        var (task, engine) = Build(sandbox, split: true);

        Assert.True(task.Execute(), string.Join("\n", engine.AllText));

        var items = task.UploadedFiles;
        Assert.Equal(["disk.img.001", "disk.img.002", "disk.img.003"], items.Select(i => i.GetMetadata("Name")));
        Assert.All(items, i => Assert.Equal("disk.img", i.ItemSpec));
        Assert.Equal(["1", "2", "3"], items.Select(i => i.GetMetadata("Part")));
        Assert.All(items, i => Assert.Equal("3", i.GetMetadata("Parts")));
        Assert.All(items, i => Assert.Equal("disk.img", i.GetMetadata("PartOf")));
        Assert.All(items, i => Assert.Equal(TempDirectory.Sha256Of(path), i.GetMetadata("PartOfSha256")));
        Assert.Equal(250_000, items.Sum(i => long.Parse(i.GetMetadata("Size"), CultureInfo.InvariantCulture)));
        foreach (var item in items)
        {
            var stored = sandbox.FindBySlug(item.GetMetadata("Slug"));
            Assert.NotNull(stored);
            Assert.True(stored.Size < Limit);
            Assert.Equal(stored.Sha256, item.GetMetadata("Sha256"));
        }

        using var links = JsonDocument.Parse(File.ReadAllText(task.LinksFile!));
        var entries = links.RootElement.EnumerateArray().ToList();
        Assert.Equal(items.Select(i => i.GetMetadata("Slug")), entries.Select(e => e.GetProperty("slug").GetString()));
        Assert.All(entries, e => Assert.Equal("disk.img", e.GetProperty("part_of").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Without_split_a_file_over_the_limit_is_an_MA1004_error_that_names_the_property_to_set()
    {
        await using var sandbox = await StartSandboxAsync();
        _folder.CreateFile("disk.img", 250_000);
        var (task, engine) = Build(sandbox, split: false);

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(ErrorCodes.FileTooLarge, error.Code);
        Assert.Contains("<MirrorAceSplit>true</MirrorAceSplit>", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task A_second_build_reuses_every_part_from_the_cache_and_uploads_nothing()
    {
        await using var sandbox = await StartSandboxAsync();
        _folder.CreateFile("disk.img", 250_000);
        var (first, firstLog) = Build(sandbox, split: true);
        Assert.True(first.Execute(), string.Join("\n", firstLog.AllText));
        var chunks = sandbox.ChunkRequestCount;

        var (second, secondLog) = Build(sandbox, split: true);
        Assert.True(second.Execute(), string.Join("\n", secondLog.AllText));

        Assert.Equal(chunks, sandbox.ChunkRequestCount);
        Assert.Equal(first.UploadedFiles.Select(i => i.GetMetadata("Url")), second.UploadedFiles.Select(i => i.GetMetadata("Url")));
        Assert.Equal(first.UploadedFiles.Select(i => i.GetMetadata("Name")), second.UploadedFiles.Select(i => i.GetMetadata("Name")));
        Assert.All(second.UploadedFiles, i => Assert.Equal("true", i.GetMetadata("Reused")));
        Assert.Equal(File.ReadAllText(first.LinksFile!), File.ReadAllText(second.LinksFile!));
    }

    [Fact]
    public async Task A_part_MirrorAce_no_longer_holds_is_uploaded_again_and_the_parts_it_holds_are_reused()
    {
        await using var sandbox = await StartSandboxAsync();
        var path = _folder.CreateFile("disk.img", 250_000);
        var (first, firstLog) = Build(sandbox, split: true);
        Assert.True(first.Execute(), string.Join("\n", firstLog.AllText));
        sandbox.SetFileStatus(first.UploadedFiles[2].GetMetadata("Slug"), "user removed");

        var (second, secondLog) = Build(sandbox, split: true);
        Assert.True(second.Execute(), string.Join("\n", secondLog.AllText));

        Assert.Equal(4, sandbox.CompletedUploadCount);
        var slugs = (First: first.UploadedFiles.Select(i => i.GetMetadata("Slug")).ToList(), Second: second.UploadedFiles.Select(i => i.GetMetadata("Slug")).ToList());
        Assert.Equal(slugs.First.Take(2), slugs.Second.Take(2));
        Assert.NotEqual(slugs.First[2], slugs.Second[2]);
        Assert.All(second.UploadedFiles, i => Assert.Equal(TempDirectory.Sha256Of(path), i.GetMetadata("PartOfSha256")));
        Assert.Equal(sandbox.FindBySlug(slugs.Second[2])!.Sha256, second.UploadedFiles[2].GetMetadata("Sha256"));

        // The cache now remembers the new part: a third build uploads nothing.
        var (third, thirdLog) = Build(sandbox, split: true);
        Assert.True(third.Execute(), string.Join("\n", thirdLog.AllText));
        Assert.Equal(4, sandbox.CompletedUploadCount);
        Assert.Equal(slugs.Second, third.UploadedFiles.Select(i => i.GetMetadata("Slug")));
    }

    [Fact]
    public async Task Parts_in_the_cache_do_not_stand_for_the_file_once_split_is_turned_off()
    {
        await using var sandbox = await StartSandboxAsync();
        _folder.CreateFile("disk.img", 250_000);
        var (first, firstLog) = Build(sandbox, split: true);
        Assert.True(first.Execute(), string.Join("\n", firstLog.AllText));

        var (second, secondLog) = Build(sandbox, split: false);

        Assert.False(second.Execute());
        Assert.Equal(ErrorCodes.FileTooLarge, Assert.Single(secondLog.Errors).Code);
        Assert.Empty(second.UploadedFiles);
    }
}
