using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.UntrustedAnswers;

public class Refuses_an_unsafe_url_in_a_complete_answer
{
    [Theory]
    [MemberData(nameof(HostileAnswers.Urls), MemberType = typeof(HostileAnswers))]
    public async Task The_file_fails_with_MA1034_saying_the_bytes_are_stored_and_is_not_uploaded_again(string url)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.AnswerRewriter = HostileAnswers.SetField(Endpoint.Chunk, "url", url));
        var path = dir.CreateFile("app.zip", 3_000);
        var listener = new RecordingListener();

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, listener: listener);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.UntrustedAnswer, result.Error.Code);
        Assert.Empty(result.Uploaded);
        // The bytes are on MirrorAce: the error says so, names the slug, and the file is not sent a second time.
        var stored = Assert.Single(sandbox.Files);
        Assert.Contains($"The bytes are stored on MirrorAce (slug {stored.Slug})", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("the file's url", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.ChunkRequestCount);
        Assert.Equal(1, sandbox.CompletedUploadCount);
        Assert.Equal(0, listener.Count(NoticeKind.Restart));
        HostileAnswers.AssertPrintable(result.Error.Message, "the error");
        Assert.DoesNotContain("\n", result.Error.Message, StringComparison.Ordinal);
    }
}
