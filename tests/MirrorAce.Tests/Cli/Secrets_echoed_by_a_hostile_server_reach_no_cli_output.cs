using MirrorAce.Tests.Support;
using Xunit.Abstractions;

namespace MirrorAce.Tests.Cli;

public class Secrets_echoed_by_a_hostile_server_reach_no_cli_output(ITestOutputHelper output)
{
    private static readonly string[] Secrets = [SecretScan.ApiKey, SecretScan.ApiToken, SecretScan.FilePassword];

    [Fact]
    public async Task Every_form_of_the_key_token_and_password_is_blanked_in_stdout_stderr_and_the_links_files()
    {
        var cases = SecretScan.EchoingRefusals(Secrets);
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o =>
        {
            o.ApiKey = SecretScan.ApiKey;
            o.ApiToken = SecretScan.ApiToken;
            o.AnswerRewriter = SecretScan.RefusingEachFileWith(cases);
        });
        // One file per hostile answer, and one more that uploads, so the links files have a row to leak into.
        for (var i = 0; i <= cases.Count; i++) dir.CreateFile($"f{i:00}.bin", 100 + i);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, new Dictionary<string, string?> { ["RELEASE_PW"] = SecretScan.FilePassword },
            "upload", "*.bin", "--password-env", "RELEASE_PW", "--links-json", "links.json", "--links-markdown", "links.md", "--parallel", "2");

        Assert.NotEqual(0, run.ExitCode);
        // What reached the server: the credentials and password as they are, on the one file that was let through.
        Assert.Equal(SecretScan.FilePassword, Assert.Single(sandbox.Files).Password);
        var outputs = new Dictionary<string, string>
        {
            ["stdout"] = run.StandardOutput,
            ["stderr"] = run.StandardError,
            ["links.json"] = await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json")),
            ["links.md"] = await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.md")),
        };
        // Every hostile answer's words were printed (so a leak had its chance), with the secrets blanked.
        Assert.All(cases, c => Assert.Contains(c.Marker + " bad credentials ***", run.StandardError, StringComparison.Ordinal));
        Assert.Equal(cases.Count, run.StandardError.Split('\n').Count(l => l.Contains("error " + ErrorCodes.ServerRefused, StringComparison.Ordinal)));
        Assert.Contains(sandbox.Files[0].Slug, outputs["links.json"], StringComparison.Ordinal);
        var leaks = SecretScan.Leaks(outputs, Secrets);
        output.WriteLine($"CLI: {cases.Count} hostile answers x {Secrets.Length} secrets, {outputs.Count} outputs scanned, {leaks.Count} leaks");
        Assert.Empty(leaks);
    }
}
