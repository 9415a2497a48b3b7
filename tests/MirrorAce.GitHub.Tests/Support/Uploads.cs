using System.Security.Cryptography;
using System.Text;
using MirrorAce.Upload;

namespace MirrorAce.GitHub.Tests.Support;

/// <summary>Uploaded files as the engine reports them, with details derived from name and slug so each is distinct.</summary>
public static class Uploads
{
    public static UploadedFile File(string name, string slug, long size = 1_048_577, params string[] mirrors) =>
        new(name, "dist/" + name, size,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name + "/" + slug))),
            slug, "https://mirrorace.com/m/" + slug, mirrors.Length > 0 ? mirrors : ["1", "2"]);
}
