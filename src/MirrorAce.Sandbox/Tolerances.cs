using System.Globalization;

namespace MirrorAce.Sandbox;

/// <summary>
/// Where the default mode lets through what public MirrorAce clients send and the real server evidently
/// accepts (those clients work against it), and <see cref="SandboxOptions.Strict"/> refuses. The evidence
/// for each is in the sandbox README, "What the default mode tolerates".
/// </summary>
internal static class Tolerances
{
    /// <summary>file/upload and file/info read a multipart/form-data body too: the vendor's sample and remote-upload scripts send one.</summary>
    public static bool MultipartCalls(SandboxOptions options) => !options.Strict;

    /// <summary>A request without Content-Range carries a whole file: the document asks for the header only above max_chunk_size.</summary>
    public static bool WholeFileWithoutRange(SandboxOptions options) => !options.Strict;

    /// <summary>The most file bytes one request may carry: the vendor's sample sends max_chunk_size + 1 with consistent inclusive ranges.</summary>
    public static long ChunkLimit(SandboxOptions options) => options.Strict ? options.MaxChunkSize : options.MaxChunkSize + 1;

    /// <summary>"File size should not exceed this limit": a file of exactly max_file_size is fine, except in strict mode.</summary>
    public static bool FileTooLarge(SandboxOptions options, long size) =>
        options.Strict ? size >= options.MaxFileSize : size > options.MaxFileSize;

    /// <summary>Spaces around the comma-separated slugs of file/info are dropped, as PHP's explode-and-trim does.</summary>
    public static bool TrimSlugs(SandboxOptions options) => !options.Strict;

    /// <summary>Strict mode wants mirrors[&lt;id&gt;]=&lt;id&gt; (or mirrors[]=&lt;id&gt;) so a client is right whichever side the server reads.</summary>
    public static bool MirrorKeyMayDiffer(SandboxOptions options) => !options.Strict;

    public static string ChunkLimitText(SandboxOptions options) => options.Strict
        ? Invariant($"max_chunk_size ({options.MaxChunkSize})")
        : Invariant($"max_chunk_size ({options.MaxChunkSize}) plus the 1 byte of slack MirrorAce allows");

    public static string FileLimitText(SandboxOptions options) => options.Strict
        ? Invariant($"files must be smaller than max_file_size ({options.MaxFileSize})")
        : Invariant($"files must not exceed max_file_size ({options.MaxFileSize})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
