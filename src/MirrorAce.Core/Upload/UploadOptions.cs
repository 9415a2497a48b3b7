namespace MirrorAce.Upload;

/// <summary>How a run uploads its files.</summary>
public sealed record UploadOptions
{
    /// <summary>The API root; default <see cref="Api.MirrorAceClient.DefaultApiUrl"/>.</summary>
    public Uri? ApiUrl { get; init; }
    /// <summary>Mirror ids for every file that names none itself; empty uses the account's default mirrors.</summary>
    public IReadOnlyList<string> Mirrors { get; init; } = [];
    /// <summary>A chunk size below the server's <c>max_chunk_size</c>; <c>null</c> uses the server's.</summary>
    public long? ChunkSize { get; init; }
    /// <summary>How many files upload at once.</summary>
    public int Parallelism { get; init; } = 2;
    /// <summary>A password that protects every uploaded file; never logged.</summary>
    public string? FilePassword { get; init; }
    /// <summary>Whether each finished upload is checked through <c>file/info</c>.</summary>
    public bool Verify { get; init; } = true;
    /// <summary>Relative paths resolve against this folder, and links name files relative to it.</summary>
    public string BaseDirectory { get; init; } = Environment.CurrentDirectory;
    /// <summary>
    /// When set, every file's real path (symbolic links resolved) must lie inside this folder, or the run is refused
    /// before anything is sent (MA1070): a link in a checked-out workspace must not publish a file from elsewhere.
    /// </summary>
    public string? Workspace { get; init; }
    /// <summary>Retries, restarts, stall limits and the deadline.</summary>
    public RetrySettings Retry { get; init; } = new();
    /// <summary>
    /// Earlier uploads (from a links file, a build cache, a release's notes): a file with the same SHA-256
    /// and size whose upload <c>file/info</c> reports active is reused instead of uploaded again.
    /// </summary>
    public IReadOnlyList<UploadedFile> ReuseCandidates { get; init; } = [];
    /// <summary>
    /// Whether a file not smaller than the account's <c>max_file_size</c> is cut into numbered parts
    /// (<c>name.001</c>, <c>name.002</c> …) uploaded from the file in place, instead of refused.
    /// </summary>
    public bool Split { get; init; }
    /// <summary>The door's names for the settings errors advise (<c>--split</c>, <c>split: true</c>, <c>MirrorAceSplit</c>).</summary>
    public DoorTerms Terms { get; init; } = DoorTerms.CommandLine;
    /// <summary>
    /// SHA-256s known from an earlier run, by real path, size and last write time: a file unchanged since is not read again
    /// to be matched with earlier uploads (a build's second run stays quick). Whatever it finds is still confirmed through <c>file/info</c>.
    /// </summary>
    public IReadOnlyList<Publishing.KnownHash> KnownHashes { get; init; } = [];
    /// <summary>Receives progress and notices.</summary>
    public IUploadListener? Listener { get; init; }

    // The generated ToString would print FilePassword: anything that logs options must not leak it.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        builder.Append(culture, $"ApiUrl = {ApiUrl}, Mirrors = [{string.Join(", ", Mirrors)}], ChunkSize = {ChunkSize}, Parallelism = {Parallelism}, ")
            .Append(culture, $"FilePassword = {(FilePassword is null ? "none" : "***")}, Verify = {Verify}, Split = {Split}, ReuseCandidates = {ReuseCandidates.Count}");
        return true;
    }
}
