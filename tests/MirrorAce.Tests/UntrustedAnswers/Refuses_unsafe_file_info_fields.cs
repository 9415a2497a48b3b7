using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.UntrustedAnswers;

public class Refuses_unsafe_file_info_fields
{
    public static TheoryData<string, string> Fields => new()
    {
        { "status", "active\u001b]0;pwned\u0007" },
        { "status", "<img src=x onerror=alert(1)>" },
        { "url", "javascript:alert(1)" },
        { "url", "https://mirrorace.example/m/x\n::warning::pwned" },
        { "name", "app.zip\r##[error]pwned" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Verification_fails_with_MA1034_and_keeps_the_link_the_upload_gave(string field, string value)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.AnswerRewriter = HostileAnswers.SetField(Endpoint.FileInfo, field, value));
        var path = dir.CreateFile("app.zip", 2_000);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.UntrustedAnswer, result.Error.Code);
        Assert.Equal(UploadStep.Verify, result.Error.Step);
        var stored = Assert.Single(sandbox.Files);
        Assert.Contains("Uploaded as " + sandbox.ApiUrl.GetLeftPart(UriPartial.Authority) + "/m/" + stored.Slug, result.Error.Message, StringComparison.Ordinal);
        HostileAnswers.AssertPrintable(result.Error.Message, "the error");
    }

    [Fact]
    public async Task A_reuse_candidate_is_not_reused_when_file_info_names_it_unsafely()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("app.zip", 2_000);
        var first = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);
        Assert.True(first.Succeeded, first.Error?.Message);
        sandbox.Options.AnswerRewriter = HostileAnswers.SetField(Endpoint.FileInfo, "name", "x\u001b[31m.zip");

        var again = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { ReuseCandidates = [first.File!] });

        Assert.False(again.Succeeded);
        Assert.Equal(ErrorCodes.UntrustedAnswer, again.Error.Code);
        Assert.Empty(again.Uploaded);
        // Nothing was sent: the run stopped at the untrusted answer, before any byte.
        Assert.Equal(1, sandbox.CompletedUploadCount);
    }
}
