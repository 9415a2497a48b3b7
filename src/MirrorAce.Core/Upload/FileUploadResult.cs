using System.Diagnostics.CodeAnalysis;

namespace MirrorAce.Upload;

/// <summary>What became of one requested file.</summary>
public sealed class FileUploadResult
{
    private FileUploadResult(string path, UploadedFile? file, MirrorAceException? error, bool reused = false, IReadOnlyList<UploadedFile>? parts = null)
    {
        Parts = parts;
        Path = path;
        File = file;
        Error = error;
        Reused = reused;
    }

    /// <summary>The file as it was requested.</summary>
    public string Path { get; }

    /// <summary>The uploaded file, when it succeeded.</summary>
    public UploadedFile? File { get; }

    /// <summary>Why it failed, when it did.</summary>
    public MirrorAceException? Error { get; }

    /// <summary>The numbered parts, when the file was split; <see cref="File"/> is then the first of them.</summary>
    public IReadOnlyList<UploadedFile>? Parts { get; }

    /// <summary>Every upload this file became: itself, or its parts. What links lists show.</summary>
    public IReadOnlyList<UploadedFile> Uploaded => Parts ?? (File is null ? [] : [File]);

    /// <summary>Whether an earlier upload of the same bytes was reused instead of uploading again.</summary>
    public bool Reused { get; }

    /// <summary>Whether the file is on MirrorAce, verified.</summary>
    [MemberNotNullWhen(true, nameof(File))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => File is not null;

    internal static FileUploadResult Success(string path, UploadedFile file, bool wasReused = false) => new(path, file, null, wasReused);

    internal static FileUploadResult SplitSuccess(string path, IReadOnlyList<UploadedFile> parts, bool allReused = false) =>
        new(path, parts[0], null, allReused, parts);

    /// <summary>The same outcome for another request that named the same file.</summary>
    internal FileUploadResult For(string path) => new(path, File, Error is null ? null : Error.ForFile(path), Reused, Parts);

    internal static FileUploadResult Failure(string path, MirrorAceException error) => new(path, null, error.WithFile(path));
}
