using System.Text.Json;

namespace MirrorAce.BuildTasks.Tests.Unit;

public sealed class UploadTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Each_file_is_uploaded_and_returned_as_an_item_with_what_MirrorAce_stored()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        var zip = _folder.CreateFile("dist/app-1.0.zip", 300_000);
        var notes = _folder.CreateFile("notes.txt", 1_234);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("dist/app-1.0.zip"), TaskHarness.Item(notes));

        Assert.True(task.Execute(), string.Join("\n", _engine.AllText));

        Assert.Equal(2, task.UploadedFiles.Length);
        Assert.Equal(2, sandbox.CompletedUploadCount);
        foreach (var (item, local) in task.UploadedFiles.Zip([zip, notes]))
        {
            var stored = sandbox.FindBySlug(item.GetMetadata("Slug"));
            Assert.NotNull(stored);
            Assert.Equal(TempDirectory.Sha256Of(local), stored.Sha256);
            Assert.Equal(stored.Sha256, item.GetMetadata("Sha256"));
            Assert.Equal(stored.Name, item.GetMetadata("Name"));
            Assert.Equal(new FileInfo(local).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), item.GetMetadata("Size"));
            Assert.Equal($"{sandbox.ApiUrl.GetLeftPart(UriPartial.Authority)}/m/{stored.Slug}", item.GetMetadata("Url"));
            Assert.Equal("false", item.GetMetadata("Reused"));
        }
        Assert.Equal("dist/app-1.0.zip", task.UploadedFiles[0].ItemSpec);
        Assert.Equal(notes, task.UploadedFiles[1].ItemSpec);
    }

    [Fact]
    public async Task Metadata_with_MSBuild_special_characters_reads_back_exactly_as_MirrorAce_sent_it()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        const string name = "notes;50%25 $(Version) @(Files) 'q' (x)*?.txt";
        _folder.CreateFile(name, 2_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item(Path.Combine(_folder.Path, name)));

        Assert.True(task.Execute(), string.Join("\n", _engine.AllText));

        var item = Assert.Single(task.UploadedFiles);
        Assert.Equal(name, Assert.Single(sandbox.Files).Name);
        Assert.Equal(name, item.GetMetadata("Name"));
    }

    [Fact]
    public async Task Input_item_metadata_is_kept_and_the_Mirrors_metadata_picks_that_files_mirrors()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        _folder.CreateFile("b.bin", 1_000);
        var own = TaskHarness.Item("a.bin", mirrors: "3");
        own.SetMetadata("Channel", "beta");
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, own, TaskHarness.Item("b.bin"));
        task.Mirrors = "1,2";

        Assert.True(task.Execute(), string.Join("\n", _engine.AllText));

        Assert.Equal(["3"], sandbox.FindBySlug(task.UploadedFiles[0].GetMetadata("Slug"))!.Mirrors);
        Assert.Equal(["1", "2"], sandbox.FindBySlug(task.UploadedFiles[1].GetMetadata("Slug"))!.Mirrors);
        Assert.Equal("beta", task.UploadedFiles[0].GetMetadata("Channel"));
        Assert.Equal("3", task.UploadedFiles[0].GetMetadata("Mirrors"));
    }

    [Fact]
    public async Task The_links_file_lists_the_uploaded_files_in_the_order_given_with_the_contract_fields()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("z.bin", 2_000);
        _folder.CreateFile("a.bin", 3_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("z.bin"), TaskHarness.Item("a.bin"));
        task.LinksFile = Path.Combine(_folder.Path, "obj", "links.json");

        Assert.True(task.Execute(), string.Join("\n", _engine.AllText));

        using var links = JsonDocument.Parse(File.ReadAllText(task.LinksFile));
        var entries = links.RootElement.EnumerateArray().ToList();
        Assert.Equal(["z.bin", "a.bin"], entries.Select(e => e.GetProperty("path").GetString()));
        foreach (var (entry, item) in entries.Zip(task.UploadedFiles))
        {
            Assert.Equal(item.GetMetadata("Slug"), entry.GetProperty("slug").GetString());
            Assert.Equal(item.GetMetadata("Url"), entry.GetProperty("url").GetString());
            Assert.Equal(item.GetMetadata("Sha256"), entry.GetProperty("sha256").GetString());
            Assert.Equal(item.GetMetadata("Name"), entry.GetProperty("name").GetString());
            Assert.Equal(long.Parse(item.GetMetadata("Size"), System.Globalization.CultureInfo.InvariantCulture), entry.GetProperty("size").GetInt64());
            Assert.Equal(JsonValueKind.Array, entry.GetProperty("mirrors").ValueKind);
        }
    }

    [Fact]
    public async Task Chunk_size_splits_a_file_into_that_many_requests()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("big.bin", 250_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("big.bin"));
        task.ChunkSize = 100_000;

        Assert.True(task.Execute(), string.Join("\n", _engine.AllText));

        Assert.Equal(3, sandbox.ChunkRequestCount);
        Assert.Equal(TempDirectory.Sha256Of(Path.Combine(_folder.Path, "big.bin")), Assert.Single(sandbox.Files).Sha256);
    }

    [Fact]
    public async Task Relative_links_and_cache_files_land_under_the_base_directory()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"));
        task.LinksFile = "obj/links.json";
        task.CacheFile = "obj/cache.json";

        Assert.True(task.Execute(), string.Join("\n", _engine.AllText));

        Assert.True(File.Exists(Path.Combine(_folder.Path, "obj", "links.json")));
        Assert.True(File.Exists(Path.Combine(_folder.Path, "obj", "cache.json")));
    }
}
