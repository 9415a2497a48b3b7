using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Scripting;

/// <summary>Issue 16: after '--' every word is a path, so a file named like an option can still be uploaded.</summary>
public class A_path_that_starts_with_a_dash_goes_after_double_dash
{
    [Fact]
    public async Task The_file_is_uploaded_under_its_own_name()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("-odd.bin", 1_000);
        var credentials = new Dictionary<string, string?>
        {
            ["MIRRORACE_API_KEY"] = sandbox.Options.ApiKey,
            ["MIRRORACE_API_TOKEN"] = sandbox.Options.ApiToken,
        };

        // No sandbox given to the helper: it would add --api-url after the '--', where it would be a path.
        var run = await MirrorAceCli.RunAsync(dir.Path, null, credentials, "upload", "--api-url", sandbox.ApiUrl.AbsoluteUri, "--quiet", "--", "-odd.bin");

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        var file = Assert.Single(sandbox.Files);
        Assert.Equal("-odd.bin", file.Name);
        Assert.Equal(TempDirectory.Sha256Of(path), file.Sha256);
    }
}
