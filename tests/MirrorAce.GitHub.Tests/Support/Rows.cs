using MirrorAce.Upload;

namespace MirrorAce.GitHub.Tests.Support;

public static class Rows
{
    /// <summary>What a row of the section holds, comparable by value (records compare their mirror lists by reference).</summary>
    public static (string Name, long Size, string Sha256, string Slug, string Url, string Mirrors) Of(UploadedFile file) =>
        (file.Name, file.Size, file.Sha256, file.Slug, file.Url, string.Join(",", file.Mirrors));
}
