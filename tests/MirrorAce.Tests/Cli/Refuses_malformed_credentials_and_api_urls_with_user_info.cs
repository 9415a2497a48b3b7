using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli;

public class Refuses_malformed_credentials_and_api_urls_with_user_info
{
    [Theory]
    [InlineData("MIRRORACE_API_KEY", "k7", "MirrorAce API key")]
    [InlineData("MIRRORACE_API_TOKEN", "tok\nen-123456", "MirrorAce API token")]
    [InlineData("RELEASE_PW", "q9", "file password")]
    public async Task A_credential_too_short_or_with_a_line_break_is_refused_by_name_before_any_request(string variable, string value, string what)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.bin", 10);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, new Dictionary<string, string?> { ["RELEASE_PW"] = "a-good-password", [variable] = value },
            "upload", "a.bin", "--password-env", "RELEASE_PW");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error {ErrorCodes.MalformedCredentials}: The {what} in ", run.StandardError, StringComparison.Ordinal);
        Assert.Contains(variable, run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(value, run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }

    [Theory]
    [InlineData("https://alice:s3cret-pass@{0}/api/v1/")]
    [InlineData("http://alice:s3cret-pass@{0}/api/v1/")]
    [InlineData("https://alice:s3cret pass@{0}/api/v1/")]
    public async Task An_api_url_with_user_info_is_refused_and_the_user_info_is_never_printed(string template)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.bin", 10);
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, sandbox.ApiUrl.Authority);

        var run = await MirrorAceCli.RunAsync(dir.Path, null, new Dictionary<string, string?>
        {
            ["MIRRORACE_API_KEY"] = sandbox.Options.ApiKey,
            ["MIRRORACE_API_TOKEN"] = sandbox.Options.ApiToken,
        }, "upload", "a.bin", "--api-url", url);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error {ErrorCodes.InvalidArgument}:", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("***@", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }
}
