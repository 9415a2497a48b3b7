using System.Diagnostics;
using MirrorAce.Http;
using MirrorAce.Tests.Support;
using Xunit.Abstractions;

namespace MirrorAce.Tests.Secrets;

public class Secret_redactor_blanks_every_encoding_a_server_may_echo(ITestOutputHelper output)
{
    private static readonly string[] Secrets = [SecretScan.ApiKey, SecretScan.ApiToken, SecretScan.FilePassword, SecretScan.GitHubToken];

    public static TheoryData<int> Forms() => [.. Enumerable.Range(0, SecretScan.Forms.Count)];

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_form_of_each_secret_is_blanked_and_the_words_around_it_stay(int form)
    {
        var redactor = new SecretRedactor(Secrets);
        foreach (var secret in Secrets)
        {
            var text = $"before {SecretScan.Forms[form].Encode(secret)} after";

            var redacted = redactor.Redact(text);

            Assert.Equal("before *** after", redacted);
        }
    }

    [Fact]
    public void Every_form_in_one_text_leaves_no_leak_the_independent_scan_can_find()
    {
        var text = string.Join("\n", SecretScan.Forms.SelectMany(f => Secrets.Select(s => $"{f.Name}: {f.Encode(s)};")));

        var redacted = new SecretRedactor(Secrets).Redact(text);

        Assert.Empty(SecretScan.Leaks(new Dictionary<string, string> { ["redacted"] = redacted }, Secrets));
        // The scan does find them before: it is no blind oracle.
        Assert.Equal(Secrets.Length, SecretScan.Leaks(new Dictionary<string, string> { ["raw"] = text }, Secrets).Count);
    }

    [Fact]
    public void Values_shorter_than_the_minimum_are_not_redactors_business_and_other_text_is_untouched()
    {
        var redactor = new SecretRedactor(["abc", null, "", "a-long-secret"]);

        Assert.Equal("abc stays, *** goes", redactor.Redact("abc stays, a-long-secret goes"));
        Assert.Equal(8, SecretRedactor.MinimumSecretLength);
        Assert.Equal(SecretRedactor.MinimumSecretLength, CredentialRules.MinimumLength);
    }

    [Fact]
    public void A_64_KiB_hostile_body_is_scanned_in_linear_time()
    {
        var redactor = new SecretRedactor(Secrets);
        redactor.Redact("warm up");
        // Near-misses everywhere: long runs of backslashes, escaped prefixes of the secret that never complete.
        var prefix = SecretScan.Forms[2].Encode(SecretScan.ApiKey)[..12];
        var bodies = new[]
        {
            new string('\\', 64 * 1024),
            string.Concat(Enumerable.Repeat(prefix, 64 * 1024 / prefix.Length)),
            string.Concat(Enumerable.Repeat("&#0000", 64 * 1024 / 6)),
            string.Concat(Enumerable.Repeat("%25", 64 * 1024 / 3)),
        };

        foreach (var body in bodies)
        {
            var clock = Stopwatch.StartNew();
            redactor.Redact(body);
            output.WriteLine($"{clock.Elapsed.TotalMilliseconds:0} ms for 64 KiB starting {body[..12]}");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{clock.Elapsed} for a body starting {body[..20]}");
        }
    }
}
