using MirrorAce.Action.Tests.Support;
using MirrorAce.GitHub;
using MirrorAce.Output;

namespace MirrorAce.Action.Tests.Entrypoint;

/// <summary>
/// Issue 17: <c>checksums: true</c> uploads a SHA256SUMS of the files (made outside the workspace, which the action's
/// workspace rule must not refuse), given in the links, urls and markdown outputs and listed in the release's notes.
/// </summary>
public class Checksums_input_uploads_a_manifest_in_the_outputs_and_the_notes
{
    [Fact]
    public async Task Run()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        var id = sandbox.GitHub.AddRelease(GitHubStep.RepositoryName, "v7.0", "By hand.\n");
        using var step = new GitHubStep();
        var zip = step.Workspace.CreateFile("dist/app.zip", 3_000);
        step.For(sandbox, "dist/*").WithRelease(sandbox, "v7.0");
        step.Inputs["checksums"] = "true";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var links = LinksJson.Parse(run.Outputs["links"]);
        Assert.Equal(["app.zip", "SHA256SUMS"], links.Select(l => l.Name));
        var manifest = links[1];
        Assert.Equal($"{TempDirectory.Sha256Of(zip)}  app.zip\n", await File.ReadAllTextAsync(sandbox.FindBySlug(manifest.Slug)!.DiskPath!));
        Assert.Equal([links[0].Url, manifest.Url], run.Outputs["urls"].Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(manifest.Url, run.Outputs["markdown"], StringComparison.Ordinal);
        Assert.Equal(["SHA256SUMS", "app.zip"], ReleaseNotesSection.ReadRows(sandbox.GitHub.ReleaseBody(id)).Select(r => r.Name));
    }
}
