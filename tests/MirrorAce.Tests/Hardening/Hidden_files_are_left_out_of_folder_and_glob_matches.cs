using MirrorAce.Files;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Hardening;

/// <summary>Issue 12, class 1: .git/config (where actions/checkout keeps the job's token) and .env never ride along with a folder or a glob.</summary>
public class Hidden_files_are_left_out_of_folder_and_glob_matches
{
    private static TempDirectory Workspace()
    {
        var dir = new TempDirectory();
        foreach (var f in new[] { ".git/config", ".env", "dist/app.zip", "dist/.secret.zip", "dist/.cache/x.zip", "notes.txt" })
            dir.CreateFile(f, 5);
        return dir;
    }

    private static string[] P(params string[] paths) => paths.Select(p => p.Replace('/', Path.DirectorySeparatorChar)).ToArray();

    [Theory]
    [InlineData(".")]
    [InlineData("**")]
    [InlineData("**/*")]
    public void A_whole_workspace_pattern_skips_hidden_files_and_folders(string pattern)
    {
        using var dir = Workspace();

        var files = FileSelection.Resolve([pattern], dir.Path).Files;

        Assert.Equal(P("dist/app.zip", "notes.txt").Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_stands_for_its_non_hidden_files()
    {
        using var dir = Workspace();

        Assert.Equal(P("dist/app.zip"), FileSelection.Resolve(["dist"], dir.Path).Files);
    }

    [Fact]
    public void A_hidden_file_named_explicitly_is_kept()
    {
        using var dir = Workspace();

        Assert.Equal(P(".env", "dist/.secret.zip"), FileSelection.Resolve([".env", "dist/.*.zip"], dir.Path).Files);
    }

    [Fact]
    public void Include_hidden_lets_matches_reach_hidden_files()
    {
        using var dir = Workspace();

        var files = FileSelection.Resolve(["**/*.zip"], dir.Path, includeHidden: true).Files;

        Assert.Equal(P("dist/.cache/x.zip", "dist/.secret.zip", "dist/app.zip"), files);
    }
}
