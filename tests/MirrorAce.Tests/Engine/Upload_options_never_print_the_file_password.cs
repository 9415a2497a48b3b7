using MirrorAce.Upload;

namespace MirrorAce.Tests.Engine;

/// <summary>Upload options printed (in a log, a debugger) hide the file password. (Found by a review of the engine against the protocol notes.)</summary>
public sealed class Upload_options_never_print_the_file_password
{
    [Fact]
    public void Options_never_print_the_file_password()
    {
        var text = new UploadOptions { FilePassword = "s3cret-file-pw" }.ToString();

        Assert.DoesNotContain("s3cret-file-pw", text, StringComparison.Ordinal);
        Assert.Contains("FilePassword = ***", text, StringComparison.Ordinal);
    }
}
