using MirrorAce.Files;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Files;

/// <summary>Issue 16: '?', '[abc]' and '{zip,txt}' were taken literally; softprops and @actions/glob users expect them.</summary>
public class Globs_have_the_syntax_actions_glob_users_expect
{
    private static TempDirectory Tree()
    {
        var dir = new TempDirectory();
        foreach (var f in new[] { "dist/app-1.zip", "dist/app-2.zip", "dist/app-10.zip", "dist/app-a.zip", "dist/notes.txt", "dist/sub/app-3.zip", "out/app.tar.gz" })
            dir.CreateFile(f, 3);
        return dir;
    }

    private static string[] P(params string[] paths) => paths.Select(p => p.Replace('/', Path.DirectorySeparatorChar)).ToArray();

    [Fact]
    public void A_question_mark_is_one_character()
    {
        using var dir = Tree();
        Assert.Equal(P("dist/app-1.zip", "dist/app-2.zip", "dist/app-a.zip"), FileSelection.Resolve(["dist/app-?.zip"], dir.Path).Files);
    }

    [Fact]
    public void Brackets_are_one_of_a_set_or_range_or_not()
    {
        using var dir = Tree();
        Assert.Equal(P("dist/app-1.zip", "dist/app-2.zip"), FileSelection.Resolve(["dist/app-[0-9].zip"], dir.Path).Files);
        Assert.Equal(P("dist/app-a.zip"), FileSelection.Resolve(["dist/app-[!0-9].zip"], dir.Path).Files);
        Assert.Equal(P("dist/app-2.zip", "dist/app-a.zip"), FileSelection.Resolve(["dist/app-[2a].zip"], dir.Path).Files);
    }

    [Fact]
    public void Braces_are_alternatives_in_names_and_folders()
    {
        using var dir = Tree();
        Assert.Equal(P("dist/app-1.zip", "dist/app-10.zip", "dist/app-2.zip", "dist/app-a.zip", "dist/notes.txt"),
            FileSelection.Resolve(["dist/*.{zip,txt}"], dir.Path).Files);
        Assert.Equal(P("dist/sub/app-3.zip", "out/app.tar.gz"), FileSelection.Resolve(["{dist/sub,out}/*"], dir.Path).Files);
    }

    [Fact]
    public void Excludes_take_the_same_syntax()
    {
        using var dir = Tree();
        Assert.Equal(P("dist/app-10.zip", "dist/app-a.zip"), FileSelection.Resolve(["dist/*.zip", "!dist/app-[12].zip"], dir.Path).Files);
    }

    [Fact]
    public void A_file_whose_name_has_glob_characters_is_itself_when_it_exists()
    {
        using var dir = new TempDirectory();
        dir.CreateFile("dist/app[1].zip", 3);
        dir.CreateFile("dist/app1.zip", 3);

        Assert.Equal(P("dist/app[1].zip"), FileSelection.Resolve(["dist/app[1].zip"], dir.Path).Files);
    }

    [Fact]
    public void Double_star_matches_zero_or_more_folders()
    {
        using var dir = Tree();
        Assert.Equal(P("dist/sub/app-3.zip"), FileSelection.Resolve(["dist/**/app-?.zip", "!dist/*.zip"], dir.Path).Files);
    }
}
