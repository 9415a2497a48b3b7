using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.UntrustedAnswers;

public class Refuses_an_unsafe_url_in_a_remote_upload_answer
{
    [Theory]
    [MemberData(nameof(HostileAnswers.Urls), MemberType = typeof(HostileAnswers))]
    public async Task The_mirrored_url_fails_with_MA1034_and_is_fetched_only_once(string url)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("origin.bin", 5_000);
        var origin = (await TestSandbox.UploadOneAsync(sandbox, dir.Path, path)).File!;
        var source = new Uri(sandbox.ApiUrl, $"/m/{origin.Slug}/download");
        sandbox.Options.AnswerRewriter = HostileAnswers.SetField(Endpoint.Remote, "url", url);

        var result = Assert.Single(await TestSandbox.Uploader(sandbox, dir.Path).MirrorUrlsAsync([source]));

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.UntrustedAnswer, result.Error.Code);
        Assert.Equal(UploadStep.RemoteUpload, result.Error.Step);
        Assert.Contains("The bytes are stored on MirrorAce (slug ", result.Error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Uploaded);
        Assert.Equal(1, sandbox.RemoteRequestCount);
        HostileAnswers.AssertPrintable(result.Error.Message, "the error");
    }
}
