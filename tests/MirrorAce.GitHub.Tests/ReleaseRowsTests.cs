using MirrorAce.GitHub;
using MirrorAce.Upload;

namespace MirrorAce.GitHub.Tests;

public class ReleaseRowsTests
{
    private static UploadedFile File(string name, string path) =>
        new(name, path, 10, new string('a', 64), "slug", "https://mirrorace.com/m/slug", ["1"]);

    [Fact]
    public void A_file_the_server_renamed_is_listed_under_its_own_name_so_a_reupload_replaces_its_row()
    {
        var row = Assert.Single(ReleaseRows.For([File("app (2).zip", "dist/app.zip")]));

        Assert.Equal("app.zip", row.Name);
        Assert.Equal("slug", row.Slug);
    }

    [Fact]
    public void A_part_is_listed_under_its_numbered_name()
    {
        var part = File("big.iso.002", "dist/big.iso") with { PartOf = new SplitPart("big.iso", 30, new string('b', 64), 2, 3) };

        Assert.Equal("big.iso.002", Assert.Single(ReleaseRows.For([part])).Name);
    }

    [Fact]
    public void A_mirrored_url_is_listed_under_its_last_segment_unless_a_name_is_given()
    {
        var url = "https://github.com/o/r/releases/download/v1/app%20x.zip";

        Assert.Equal("app x.zip", Assert.Single(ReleaseRows.For([File("stored.zip", url)])).Name);
        Assert.Equal("asset.zip", Assert.Single(ReleaseRows.For([File("stored.zip", url)], new Dictionary<string, string> { [url] = "asset.zip" })).Name);
    }

    [Fact]
    public void The_section_says_how_to_join_a_split_files_parts_and_keeps_that_across_merges()
    {
        var whole = new string('c', 64);
        var parts = Enumerable.Range(1, 2).Select(i =>
            File($"big.iso.{i:000}", "dist/big.iso") with { Slug = $"s{i}", PartOf = new SplitPart("big.iso", 20, whole, i, 2) }).ToList();

        var first = ReleaseNotesSection.Merge("Notes.", ReleaseRows.For(parts)).Body;
        var again = ReleaseNotesSection.Merge(first, [File("other.zip", "other.zip")]).Body;

        Assert.Contains("|\n\n`big.iso` was split into 2 parts", first, StringComparison.Ordinal); // a blank line ends the table first
        Assert.Contains("cat big.iso.001 big.iso.002 > big.iso", first, StringComparison.Ordinal);
        Assert.Contains("cat big.iso.001 big.iso.002 > big.iso", again, StringComparison.Ordinal);
        Assert.Contains(whole, again, StringComparison.Ordinal);
        Assert.Equal(2, ReleaseNotesSection.ReadRows(again).Count(r => r.PartOf is { Name: "big.iso" }));
    }
}
