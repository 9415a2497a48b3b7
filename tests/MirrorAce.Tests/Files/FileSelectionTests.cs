using MirrorAce.Files;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Files;

public class FileSelectionTests
{
    private static TempDirectory Tree()
    {
        var dir = new TempDirectory();
        foreach (var f in new[] { "dist/app.zip", "dist/app.tar.gz", "dist/sub/deep.zip", "dist/notes.txt", "other/x.zip" })
            dir.CreateFile(f, 3);
        return dir;
    }

    private static string P(string path) => path.Replace('/', Path.DirectorySeparatorChar);

    [Fact]
    public void A_star_matches_within_one_folder_sorted()
    {
        using var dir = Tree();

        var result = FileSelection.Resolve(["dist/*.zip", "dist/*.gz"], dir.Path);

        Assert.Equal([P("dist/app.zip"), P("dist/app.tar.gz")], result.Files);
    }

    [Fact]
    public void A_double_star_matches_across_folders()
    {
        using var dir = Tree();

        var result = FileSelection.Resolve(["**/*.zip"], dir.Path);

        Assert.Equal([P("dist/app.zip"), P("dist/sub/deep.zip"), P("other/x.zip")], result.Files);
    }

    [Fact]
    public void An_exclamation_mark_leaves_files_out()
    {
        using var dir = Tree();

        var result = FileSelection.Resolve(["dist/**", "!**/*.txt", "!dist/sub/**"], dir.Path);

        Assert.Equal([P("dist/app.tar.gz"), P("dist/app.zip")], result.Files);
    }

    [Fact]
    public void Backslashes_are_accepted_as_separators()
    {
        using var dir = Tree();

        Assert.Equal([P("dist/sub/deep.zip")], FileSelection.Resolve([@"dist\sub\*.zip"], dir.Path).Files);
    }

    [Fact]
    public void A_file_matched_twice_is_listed_once_in_first_match_order()
    {
        using var dir = Tree();

        Assert.Equal([P("other/x.zip"), P("dist/app.zip"), P("dist/sub/deep.zip")],
            FileSelection.Resolve(["other/x.zip", "**/*.zip"], dir.Path).Files);
    }

    [Fact]
    public void A_glob_matching_nothing_is_reported_and_a_literal_path_passes_through()
    {
        using var dir = Tree();

        var result = FileSelection.Resolve(["dist/*.exe", "missing.bin"], dir.Path);

        Assert.Equal(["dist/*.exe"], result.Unmatched);
        Assert.Equal(["missing.bin"], result.Files);
    }

    [Fact]
    public void Absolute_globs_work()
    {
        using var dir = Tree();

        var result = FileSelection.Resolve([Path.Combine(dir.Path, "other", "*.zip")], Path.Combine(dir.Path, "dist"));

        Assert.Equal([Path.Combine(dir.Path, "other", "x.zip")], result.Files);
    }

    [Theory]
    [InlineData("dist/***/x")]
    [InlineData("dist/a**/x")]
    public void A_malformed_glob_is_refused(string pattern)
    {
        using var dir = Tree();

        Assert.Equal(ErrorCodes.NoFilesMatched, Assert.Throws<MirrorAceException>(() => FileSelection.Resolve([pattern], dir.Path)).Code);
    }

    [Fact]
    public void Lists_split_on_newlines_and_commas()
    {
        Assert.Equal(["a.zip", "b/*.gz", "!c"], FileSelection.SplitList("a.zip,\r\n b/*.gz\n\n!c , "));
    }

    [Fact]
    public void A_file_whose_name_starts_with_two_dots_is_still_named_relative_to_the_base()
    {
        using var dir = new TempDirectory();
        dir.CreateFile("..notes.txt", 3);

        // A name starting with '.' is hidden: only matched when hidden files are asked for.
        Assert.Equal(["..notes.txt"], FileSelection.Resolve(["*.txt"], dir.Path, includeHidden: true).Files);
    }
}
