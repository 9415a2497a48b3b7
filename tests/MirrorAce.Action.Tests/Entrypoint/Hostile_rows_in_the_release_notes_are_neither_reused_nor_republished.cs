using System.Security.Cryptography;
using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Sandbox;
using MirrorAce.Upload;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>
/// The release notes are read back: their rows become reuse candidates and are written again. Anyone who can edit
/// the notes can put a row there, so a row no trustworthy answer could hold is dropped, even when its bytes match.
/// </summary>
public class Hostile_rows_in_the_release_notes_are_neither_reused_nor_republished
{
    [Theory]
    [InlineData("url", "javascript:alert(1)")]
    [InlineData("url", "https://mirrorace.example/m/x\n::warning::pwned")]
    [InlineData("name", "app.zip\u001b]0;pwned\u0007")]
    [InlineData("slug", "a|b")]
    public async Task A_matching_hostile_row_is_not_reused_and_disappears_from_the_rewritten_section(string field, string value)
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var step = new GitHubStep();
        var path = step.Workspace.CreateFile("app.zip", 2_000);
        var bytes = await File.ReadAllBytesAsync(path);
        var row = new UploadedFile("app.zip", "", bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), "7hzy",
            "https://mirrorace.com/m/7hzy", ["1", "2"]);
        row = field switch
        {
            "url" => row with { Url = value },
            "name" => row with { Name = value },
            _ => row with { Slug = value },
        };
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v1.0", "Notes.\n\n" + ReleaseNotesSection.Render([row]) + "\n");
        step.For(sandbox, "app.zip").WithRelease(sandbox, "v1.0");

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        // Uploaded anew, not reused from the hostile row.
        var stored = Assert.Single(sandbox.Files);
        var link = Assert.Single(LinksJson.Parse(run.Outputs["links"]));
        Assert.Equal(stored.Slug, link.Slug);
        Assert.Equal(link.Url, run.Outputs["urls"]);
        var body = sandbox.GitHub.ReleaseBody(id)!;
        Assert.Equal([stored.Slug], ReleaseNotesSection.ReadRows(body).Select(r => r.Slug));
        Assert.DoesNotContain(value, body, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", body, StringComparison.Ordinal);
        HostileAnswers.AssertNoMarkup(body, "the release body");
        HostileAnswers.AssertNoMarkup(run.Summary, "the step summary");
        HostileAnswers.AssertPrintable(run.StandardOutput, "the log");
    }
}
