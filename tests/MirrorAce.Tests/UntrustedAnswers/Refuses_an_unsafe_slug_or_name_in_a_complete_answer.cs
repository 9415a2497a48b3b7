using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.UntrustedAnswers;

public class Refuses_an_unsafe_slug_or_name_in_a_complete_answer
{
    public static TheoryData<string, string> Fields => new()
    {
        { "slug", "a|b" },
        { "slug", "a b" },
        { "slug", "<b>x</b>" },
        { "slug", new string('a', 65) },
        { "slug", "x\n::warning::pwned" },
        { "name", "app\u001b[2J.zip" },
        { "name", "app\n::error::pwned.zip" },
        { "name", "../../etc/passwd" },
        { "name", "evil\u202egpj.exe" },
        { "name", new string('n', 256) },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task The_file_fails_with_MA1034_naming_the_field_and_nothing_is_published(string field, string value)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.AnswerRewriter = HostileAnswers.SetField(Endpoint.Chunk, field, value));
        var path = dir.CreateFile("app.zip", 2_000);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.UntrustedAnswer, result.Error.Code);
        Assert.Contains($"the file's {field}", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("The bytes are stored on MirrorAce", result.Error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Uploaded);
        Assert.Equal(1, sandbox.ChunkRequestCount);
        HostileAnswers.AssertPrintable(result.Error.Message, "the error");
        // Quoted values are cut short: a 256-character name is not repeated whole.
        Assert.True(result.Error.Message.Length < 700, result.Error.Message);
    }
}
