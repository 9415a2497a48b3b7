using System.Text;
using MirrorAce.Upload;

namespace MirrorAce.Action.Tests.Entrypoint;

public class StepSummaryTests
{
    private static UploadedFile File(int i) =>
        new($"app-{i}.zip", $"dist/app-{i}.zip", 1000 + i, new string('a', 64), $"s{i}", $"https://mirrorace.com/m/s{i}", ["1", "2"]);

    private static FailedUpload Failure(string path) =>
        new(path, new MirrorAceException(ErrorCodes.FileNotFound, "The file does not exist", "Check the path.", path));

    [Fact]
    public void Lists_every_uploaded_file_and_every_failure_when_it_fits()
    {
        var text = StepSummary.Compose(3, 2, 0, [File(1), File(2)], [Failure("dist/gone.zip")], StepSummary.LimitBytes)!;

        Assert.Contains("Uploaded 2 of 3 files.", text, StringComparison.Ordinal);
        Assert.Contains("| File | Size | Link | SHA-256 |", text, StringComparison.Ordinal);
        Assert.Contains("| app-1.zip | 1001 B | [s1](https://mirrorace.com/m/s1) | `" + new string('a', 64) + "` |", text, StringComparison.Ordinal);
        Assert.Contains("- dist/gone.zip: MA1001 ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not listed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_that_would_pass_1_MiB_is_cut_to_fit_with_a_note_and_keeps_the_failures()
    {
        var uploaded = Enumerable.Range(0, 10_000).Select(File).ToList();

        var text = StepSummary.Compose(10_001, 10_000, 0, uploaded, [Failure("dist/gone.zip")], StepSummary.LimitBytes)!;

        var size = Encoding.UTF8.GetByteCount(text);
        Assert.InRange(size, StepSummary.LimitBytes - 2_000, StepSummary.LimitBytes);
        Assert.Contains("more uploaded files are not listed here", text, StringComparison.Ordinal);
        Assert.Contains("dist/gone.zip", text, StringComparison.Ordinal);
        Assert.Contains("| app-0.zip |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("| app-9999.zip |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reused_files_are_counted_in_the_headline_and_listed_like_uploaded_ones()
    {
        var text = StepSummary.Compose(2, 2, 1, [File(1), File(2)], [], StepSummary.LimitBytes)!;

        Assert.Contains("Uploaded 2 of 2 files; 1 of them reused: MirrorAce still holds an earlier upload of the same file (active), so it was not sent again.", text, StringComparison.Ordinal);
        Assert.Contains("| app-2.zip |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_appended_to_a_summary_file_that_has_no_room_left()
    {
        using var dir = new MirrorAce.Tests.Infra.TempDirectory();
        var path = Path.Combine(dir.Path, "summary");
        System.IO.File.WriteAllText(path, new string('x', StepSummary.LimitBytes - 10));

        var written = StepSummary.Append(path, []);

        Assert.False(written);
        Assert.Equal(StepSummary.LimitBytes - 10, new FileInfo(path).Length);
    }
}
