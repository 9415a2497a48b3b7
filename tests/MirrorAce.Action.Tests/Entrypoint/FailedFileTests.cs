using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.Action.Tests.Entrypoint;

public class FailedFileTests
{
    [Fact]
    public async Task A_failed_file_is_an_error_annotation_on_that_file_and_exit_code_1_while_the_others_links_are_output()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        // The second file's check through file/info is refused: it fails (MA1050, naming its link), after the first succeeded.
        sandbox.Faults.Add(new Fault(FaultKind.StatusError, Endpoint.FileInfo, OnRequest: 2));
        using var step = new GitHubStep();
        step.Workspace.CreateFile("dist/a.zip", 1_000);
        step.Workspace.CreateFile("dist/b, final.zip", 1_000);
        step.For(sandbox, "dist/*.zip");
        step.Inputs["parallel"] = "1";

        var run = await step.RunAsync();

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.Commands("error"));
        Assert.StartsWith("::error file=dist/b%2C final.zip,title=MA1050::dist/b, final.zip: Uploaded as ", error, StringComparison.Ordinal);
        Assert.Contains("Injected error", error, StringComparison.Ordinal);
        var link = Assert.Single(LinksJson.Parse(run.Outputs["links"]));
        Assert.Equal("dist/a.zip", link.Path);
        Assert.Equal(link.Url, run.Outputs["urls"]);
        Assert.Contains("Uploaded 1 of 2 files.", run.Summary, StringComparison.Ordinal);
        Assert.Contains("- dist/b, final.zip: MA1050 ", run.Summary, StringComparison.Ordinal);
    }
}
