using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Hardening;

/// <summary>
/// Issue 12, class 3: a source URL's user-info for `mirror` would be published with the link (links JSON, outputs,
/// release notes). It is refused before anything is sent, and shown without the password.
/// </summary>
public class A_source_url_with_a_password_is_refused_and_never_shown
{
    [Fact]
    public async Task Mirror_exits_2_with_MA1022_and_the_password_appears_nowhere()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        const string password = "s3cret-source-pass";

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "mirror", $"https://builder:{password}@downloads.example.com/app.zip",
            "--api-url", sandbox.ApiUrl.AbsoluteUri, "--links-json", "links.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MA1022", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("***@downloads.example.com", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(password, run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        var links = Path.Combine(dir.Path, "links.json");
        Assert.False(File.Exists(links) && File.ReadAllText(links).Contains(password, StringComparison.Ordinal));
        Assert.Empty(sandbox.Requests);
    }
}
