using MirrorAce.Files;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Hardening;

/// <summary>Issue 12, class 1: a loop of folder links (a/up -> ..) once made the same file upload 40 times.</summary>
public class Symbolic_links_are_walked_once_and_never_in_a_loop
{
    [Fact]
    public void A_folder_link_back_up_the_tree_lists_each_file_once()
    {
        using var dir = new TempDirectory();
        dir.CreateFile("a/app.zip", 5);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "a", "up"), "..");

        var files = FileSelection.Resolve(["**/*.zip"], dir.Path).Files;

        Assert.Equal([Path.Combine("a", "app.zip")], files);
    }

    [Fact]
    public void A_file_reached_by_a_link_and_by_its_own_path_is_listed_once()
    {
        using var dir = new TempDirectory();
        dir.CreateFile("dist/app.zip", 5);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "dist", "latest.zip"), "app.zip");

        var files = FileSelection.Resolve(["dist/*.zip"], dir.Path).Files;

        Assert.Equal([Path.Combine("dist", "app.zip")], files);
    }

    [Fact]
    public void A_folder_linked_twice_is_walked_once()
    {
        using var dir = new TempDirectory();
        dir.CreateFile("out/app.zip", 5);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "also"), "out");

        var files = FileSelection.Resolve(["**/*.zip"], dir.Path).Files;

        Assert.Single(files);
    }
}
