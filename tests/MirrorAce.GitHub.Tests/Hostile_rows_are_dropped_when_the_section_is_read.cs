using MirrorAce.Upload;

namespace MirrorAce.GitHub.Tests;

/// <summary>Anyone who can edit a release can edit its section: rows read back are checked like a server's answer.</summary>
public class Hostile_rows_are_dropped_when_the_section_is_read
{
    private static readonly UploadedFile Good = new("good.zip", "", 10, new string('a', 64), "7hzy", "https://mirrorace.com/m/7hzy", ["1"]);

    [Theory]
    [InlineData("javascript:alert(1)", "7hzz", "bad.zip")]
    [InlineData("https://mirrorace.com/m/x\n::warning::pwned", "7hzz", "bad.zip")]
    [InlineData("https://mirrorace.com/m/7hzz", "a b", "bad.zip")]
    [InlineData("https://mirrorace.com/m/7hzz", "7hzz", "bad\u001b[2J.zip")]
    public void Read_and_merge_keep_only_the_trustworthy_rows(string url, string slug, string name)
    {
        var body = "Notes.\n\n" + ReleaseNotesSection.Render([Good, Good with { Name = name, Slug = slug, Url = url }]) + "\n";

        Assert.Equal(["good.zip"], ReleaseNotesSection.ReadRows(body).Select(r => r.Name));
        var merged = ReleaseNotesSection.Merge(body, [Good with { Name = "new.zip", Slug = "8abc", Url = "https://mirrorace.com/m/8abc" }]);
        Assert.Equal(["good.zip", "new.zip"], ReleaseNotesSection.ReadRows(merged.Body).Select(r => r.Name));
        Assert.DoesNotContain(url == Good.Url ? name : url, merged.Body, StringComparison.Ordinal);
    }
}
