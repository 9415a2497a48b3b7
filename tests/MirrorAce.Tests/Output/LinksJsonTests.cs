using System.Text.Json;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Output;

public class LinksJsonTests
{
    private static readonly UploadedFile Sample = new("app-1.0.zip", "dist/app-1.0.zip", 1_048_577,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "7hzy", "https://mirrorace.com/m/7hzy", ["1", "2"]);

    [Fact]
    public void Writes_the_contracts_fields_with_size_as_a_json_number()
    {
        using var doc = JsonDocument.Parse(LinksJson.Render([Sample]));

        var entry = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("app-1.0.zip", entry.GetProperty("name").GetString());
        Assert.Equal("dist/app-1.0.zip", entry.GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Number, entry.GetProperty("size").ValueKind);
        Assert.Equal(1_048_577, entry.GetProperty("size").GetInt64());
        Assert.Equal(Sample.Sha256, entry.GetProperty("sha256").GetString());
        Assert.Equal("7hzy", entry.GetProperty("slug").GetString());
        Assert.Equal("https://mirrorace.com/m/7hzy", entry.GetProperty("url").GetString());
        Assert.Equal(["1", "2"], entry.GetProperty("mirrors").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void Keeps_the_order_given_and_reads_back_what_it_wrote()
    {
        var second = Sample with { Name = "Ünïcode \"q\".zip", Slug = "8abc", Size = 5_000_000_000 };

        var read = LinksJson.Parse(LinksJson.Render([second, Sample]));

        Assert.Equal([second.Slug, Sample.Slug], read.Select(f => f.Slug));
        Assert.Equal(second.Name, read[0].Name);
        Assert.Equal(5_000_000_000, read[0].Size);
    }

    [Fact]
    public void Non_ascii_names_stay_readable()
    {
        Assert.Contains("Ünïcode", LinksJson.Render([Sample with { Name = "Ünïcode.zip" }]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_creates_the_folder_and_replaces_the_file_whole()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mirrorace-tests", Guid.NewGuid().ToString("N"), "nested");
        var path = Path.Combine(dir, "links.json");

        await LinksJson.WriteAsync(path, [Sample, Sample with { Slug = "x2" }]);
        await LinksJson.WriteAsync(path, [Sample]);

        Assert.Single(LinksJson.Parse(await File.ReadAllTextAsync(path)));
        Assert.Single(Directory.GetFiles(dir));
        Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
    }
}
