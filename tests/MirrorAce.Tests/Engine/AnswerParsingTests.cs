using System.Text;
using CsCheck;
using MirrorAce.Api;
using MirrorAce.Http;

namespace MirrorAce.Tests.Engine;

public class AnswerParsingTests
{
    private static readonly SecretRedactor Redactor = new(["the-api-key-1234", "the-token-5678"]);

    private static UploadVariables ParseVariables(string json)
    {
        var result = AnswerReader.ReadResult(Encoding.UTF8.GetBytes(json), UploadStep.GetUploadVariables, Redactor);
        return UploadVariablesReader.Read(AnswerReader.ReadObject(result, ApiJsonContext.Default.UploadVariablesDto, UploadStep.GetUploadVariables, Redactor), Redactor);
    }

    private const string DocumentSample = """
        {"status":"success","result":{"server":"https://m1.mirrorace.com","server_file":"https://m1.mirrorace.com/api/v1/upload",
        "server_remote":"https://m1.mirrorace.com/api/v1/upload/remote","cTracker":"0123456789abcdefabcdefabcdefabcd",
        "mirrors":{"1":true,"2":true,"3":true},"default_mirrors":["1","2","3"],"max_chunk_size":"99999988",
        "max_file_size":"10737418240","max_mirrors":"100","upload_key":"0123456789abcdefabcdefabcdefabcd",
        "upload_key_expiry":"2025-01-22 02:36:39"}}
        """;

    [Fact]
    public void Reads_the_documents_own_sample_with_numbers_as_strings_and_sizes_past_two_gib()
    {
        var v = ParseVariables(DocumentSample);

        Assert.Equal(99_999_988, v.MaxChunkSize);
        Assert.Equal(10_737_418_240, v.MaxFileSize);
        Assert.Equal(100, v.MaxMirrors);
        Assert.Equal(new Uri("https://m1.mirrorace.com/api/v1/upload"), v.ServerFile);
        Assert.Equal(["1", "2", "3"], v.DefaultMirrors);
        Assert.True(v.Mirrors["3"]);
    }

    [Fact]
    public void Reads_the_key_expiry_as_utc_whatever_the_local_time_zone()
    {
        var v = ParseVariables(DocumentSample);

        Assert.Equal(new DateTimeOffset(2025, 1, 22, 2, 36, 39, TimeSpan.Zero), v.UploadKeyExpiry);
        Assert.Equal(TimeSpan.Zero, v.UploadKeyExpiry!.Value.Offset);
    }

    [Theory]
    [InlineData("""{"1":true,"2":false}""", "1")]
    [InlineData("""{"1":1,"2":0}""", "1")]
    [InlineData("""{"1":"1","2":"0"}""", "1")]
    [InlineData("""{"1":"true","2":"false"}""", "1")]
    [InlineData("""["1"]""", "1")]
    [InlineData("""[1]""", "1")]
    [InlineData("""[]""", "")]
    [InlineData("""[false,true,true]""", "1,2")]
    public void Reads_mirrors_as_an_object_or_a_list(string mirrors, string enabled)
    {
        var v = ParseVariables(DocumentSample.Replace("""{"1":true,"2":true,"3":true}""", mirrors, StringComparison.Ordinal));

        Assert.Equal(enabled, string.Join(',', v.Mirrors.Where(m => m.Value).Select(m => m.Key)));
    }

    [Fact]
    public void Reads_numbers_sent_as_json_numbers_too()
    {
        var v = ParseVariables(DocumentSample.Replace("\"99999988\"", "99999988", StringComparison.Ordinal).Replace("\"100\"", "100", StringComparison.Ordinal));

        Assert.Equal(99_999_988, v.MaxChunkSize);
        Assert.Equal(100, v.MaxMirrors);
    }

    [Fact]
    public void An_error_envelope_carries_the_servers_words_verbatim()
    {
        var error = Assert.Throws<MirrorAceException>(() => ParseVariables("""{"status":"error","result":"Daily upload limit reached."}"""));

        Assert.Equal(ErrorCodes.ServerRefused, error.Code);
        Assert.Equal("Daily upload limit reached.", error.ServerMessage);
    }

    [Fact]
    public void Quoted_answers_never_repeat_a_secret()
    {
        var error = Assert.Throws<MirrorAceException>(() => ParseVariables("<html>bad key the-api-key-1234 and the-token-5678</html>"));

        Assert.Equal(ErrorCodes.UnreadableAnswer, error.Code);
        Assert.DoesNotContain("the-api-key-1234", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the-token-5678", error.Message, StringComparison.Ordinal);
        Assert.Contains("***", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"status":"ok","result":{}}""", ErrorCodes.UnreadableAnswer)]
    [InlineData("""{"result":{}}""", ErrorCodes.UnreadableAnswer)]
    [InlineData("""[1,2]""", ErrorCodes.UnreadableAnswer)]
    [InlineData("""{"status":"success","result":"yes"}""", ErrorCodes.MalformedAnswer)]
    [InlineData("""{"status":"success","result":{"max_chunk_size":"abc"}}""", ErrorCodes.MalformedAnswer)]
    [InlineData("""{"status":"success","result":{"server_file":"https://a.example/u","cTracker":"c","upload_key":"k"}}""", ErrorCodes.MalformedAnswer)]
    [InlineData("""{"status":"success","result":{"server_file":"http://a.example/u","cTracker":"c","upload_key":"k","max_chunk_size":"5"}}""", ErrorCodes.InsecureUrl)]
    public void Malformed_answers_become_typed_errors(string json, string code)
    {
        Assert.Equal(code, Assert.Throws<MirrorAceException>(() => ParseVariables(json)).Code);
    }

    [Fact]
    public void File_info_treats_the_string_null_like_a_missing_value()
    {
        var json = """{"status":"success","result":{"7hzy":{"id":"735848","name":"Space Man Jelly.jpg","slug":"7hzy","size":"35892","url":"https://mirrorace.com/m/7hzy","status":"active"},"7hzz":{"id":"null","name":"null","slug":"null","size":"null","url":"null","status":"not found"}}}""";
        var result = AnswerReader.ReadResult(Encoding.UTF8.GetBytes(json), UploadStep.FileInfo, Redactor);
        var infos = new Dictionary<string, RemoteFileInfo>();

        FileInfoReader.Read(result, ["7hzy", "7hzz"], infos, Redactor);

        Assert.Equal(new RemoteFileInfo("7hzy", "active", "Space Man Jelly.jpg", 35892, "https://mirrorace.com/m/7hzy"), infos["7hzy"]);
        Assert.Equal(new RemoteFileInfo("7hzz", "not found", null, null, null), infos["7hzz"]);
    }

    private static readonly string[] Values =
    [
        "\"1\"", "1", "-1", "0", "null", "\"null\"", "\"\"", "true", "false", "[]", "{}", "[\"1\",2]", "{\"1\":\"x\"}", "1.5", "1e400",
        "\"99999999999999999999999\"", "\"https://m1.example/u\"", "\"http://evil.example/u\"", "\"ftp://x\"", "\"2025-01-22 02:36:39\"",
        "\"\\u0000\"", "[[[[[]]]]]", "{\"a\":{\"b\":{}}}", "\"" + new string('x', 5000) + "\"",
    ];

    private static readonly string[] Fields =
    [
        "server_file", "server_remote", "cTracker", "upload_key", "mirrors", "default_mirrors", "max_chunk_size", "max_file_size",
        "max_mirrors", "upload_key_expiry", "name", "size", "slug", "url", "info", "status", "id",
    ];

    private static readonly Gen<string> RandomResult =
        Gen.Select(Gen.Int[0, Fields.Length - 1], Gen.Int[0, Values.Length - 1]).Array[0, 12]
            .Select(pairs => "{" + string.Join(',', pairs.Select(p => $"\"{Fields[p.Item1]}\":{Values[p.Item2]}")) + "}");

    private static readonly Gen<string> RandomEnvelope = Gen.OneOf(
        RandomResult.Select(r => $$"""{"status":"success","result":{{r}}}"""),
        Gen.Int[0, Values.Length - 1].Select(i => $$"""{"status":{{Values[i]}},"result":{{Values[i]}}}"""),
        RandomResult.Select(r => "{\"status\":\"success\",\"result\":{\"a1\":" + r + ",\"b2\":" + r + "}}"),
        Gen.String,
        Gen.Byte.Array[0, 300].Select(b => Encoding.Latin1.GetString(b)));

    [Fact]
    public void Nothing_but_typed_errors_escapes_the_parsing_of_any_answer()
    {
        RandomEnvelope.Sample(json =>
        {
            var body = Encoding.UTF8.GetBytes(json);
            try
            {
                var result = AnswerReader.ReadResult(body, UploadStep.UploadChunk, Redactor);
                try { UploadVariablesReader.Read(AnswerReader.ReadObject(result, ApiJsonContext.Default.UploadVariablesDto, UploadStep.GetUploadVariables, Redactor), Redactor); }
                catch (MirrorAceException) { }
                try { UploadAnswerReader.Read(result, UploadStep.UploadChunk, Redactor); }
                catch (MirrorAceException) { }
                try { FileInfoReader.Read(result, ["a1", "b2"], new Dictionary<string, RemoteFileInfo>(), Redactor); }
                catch (MirrorAceException) { }
            }
            catch (MirrorAceException) { }
        }, iter: 3000);
    }

    [Fact]
    public void A_huge_answer_is_refused_as_unreadable_not_parsed()
    {
        var huge = Encoding.UTF8.GetBytes("{\"status\":\"error\",\"result\":\"" + new string('a', 5 << 20) + "\"}");

        var error = Assert.Throws<MirrorAceException>(() => AnswerReader.ReadResult(huge, UploadStep.FileInfo, Redactor));

        Assert.Equal(ErrorCodes.UnreadableAnswer, error.Code);
        Assert.True(error.Message.Length < 1000);
    }
}
