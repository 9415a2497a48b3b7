namespace MirrorAce;

// The SHA256SUMS manifest a run makes when asked.
public static partial class Errors
{
    /// <summary>MA1072: a file of the run would be listed under the manifest's own name.</summary>
    public static MirrorAceException ManifestNameTaken(string path) =>
        new(ErrorCodes.DuplicateName,
            $"'{path}' would be listed as '{Publishing.ChecksumManifest.FileName}', the name of the checksum manifest this run makes",
            "Rename the file, or leave out the manifest (it lists every file's SHA-256 already). Nothing was sent.", path, UploadStep.Validate);
}
