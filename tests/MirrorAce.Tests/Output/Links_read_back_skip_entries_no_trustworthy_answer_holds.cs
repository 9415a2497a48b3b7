using System.Text.Json.Nodes;
using MirrorAce.Output;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Output;

/// <summary>
/// A links file (or a release's notes, which hold the same JSON) may have been edited by anyone: what is read back
/// becomes reuse candidates and is published again, so an entry a trustworthy answer could not hold is skipped.
/// </summary>
public class Links_read_back_skip_entries_no_trustworthy_answer_holds
{
    private const string Sha = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    public static TheoryData<string, string> Entries => new()
    {
        { "url", "javascript:alert(1)" },
        { "url", "https://mirrorace.com/m/x\n::warning::pwned" },
        { "url", "http://mirrorace.com/m/plain" },
        { "slug", "a|b" },
        { "name", "a\u001b[2J.zip" },
        { "name", "dir/a.zip" },
        { "sha256", "`<b>`" },
        { "mirrors", "<b>1</b>" },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void The_entry_is_skipped_and_the_clean_one_kept(string field, string value)
    {
        var good = new UploadedFile("good.zip", "dist/good.zip", 10, Sha, "7hzy", "https://mirrorace.com/m/7hzy", ["1"]);
        var array = JsonNode.Parse(LinksJson.Render([good, good with { Name = "bad.zip", Slug = "7hzz", Url = "https://mirrorace.com/m/7hzz" }]))!.AsArray();
        array[1]![field] = field == "mirrors" ? new JsonArray(value) : value;

        var read = LinksJson.Parse(array.ToJsonString());

        Assert.Equal(["good.zip"], read.Select(r => r.Name));
    }

    [Fact]
    public async Task A_hostile_candidate_is_never_reused_the_file_is_uploaded_anew()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("app.zip", 2_000);
        var first = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);
        Assert.True(first.Succeeded, first.Error?.Message);
        var hostile = first.File! with { Url = "javascript:alert(1)" };

        var again = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { ReuseCandidates = [hostile] });

        Assert.True(again.Succeeded, again.Error?.Message);
        Assert.False(again.Reused);
        Assert.NotEqual(first.File!.Slug, again.File!.Slug);
        Assert.StartsWith(sandbox.ApiUrl.GetLeftPart(UriPartial.Authority) + "/m/", again.File.Url, StringComparison.Ordinal);
        Assert.Equal(2, sandbox.CompletedUploadCount);
    }
}
