using System.Diagnostics.CodeAnalysis;

namespace MirrorAce.Sandbox;

/// <summary>What the sandbox advertises in <c>file/upload</c> and how it behaves.</summary>
public sealed class SandboxOptions
{
    /// <summary>
    /// Refuses what the real server evidently tolerates (multipart to file/upload and file/info, a one-request file
    /// without Content-Range, a chunk one byte over max_chunk_size, a file of exactly max_file_size, mirrors[K]=V
    /// with K != V, spaces around slugs): the engine's own tests run this way. Off: behave like MirrorAce.
    /// </summary>
    public bool Strict { get; set; }

    public string ApiKey { get; set; } = "sandbox-api-key";

    public string ApiToken { get; set; } = "sandbox-api-token";

    /// <summary>Sent as a JSON string, like the real server. The default mode takes one byte more per request, as MirrorAce does.</summary>
    public long MaxChunkSize { get; set; } = 99_999_988;

    /// <summary>Sent as a JSON string; a file may be this large ("should not exceed"), in strict mode only smaller.</summary>
    public long MaxFileSize { get; set; } = 10_737_418_240;

    public int MaxMirrors { get; set; } = 3;

    [SuppressMessage("Usage", "CA2227:Collection properties should be read only", Justification = "Tests replace the whole set in an object initializer.")]
    public IDictionary<string, bool> Mirrors { get; set; } = new Dictionary<string, bool>
    {
        ["1"] = true,
        ["2"] = true,
        ["3"] = true,
        ["4"] = false,
    };

    [SuppressMessage("Usage", "CA2227:Collection properties should be read only", Justification = "Tests replace the whole list in an object initializer.")]
    public IList<string> DefaultMirrors { get; set; } = ["1", "2"];

    public TimeSpan UploadKeyLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Benchmark mode: file bytes are hashed and counted but never written to disk.</summary>
    public bool DiscardFiles { get; set; }

    /// <summary>Where files are stored; when null, a new temporary directory that is deleted on dispose.</summary>
    public string? StorageDirectory { get; set; }

    /// <summary>0 picks any free port. The sandbox only ever binds 127.0.0.1.</summary>
    public int Port { get; set; }

    /// <summary>Latency added to every upload request (chunk or remote) before it is answered.</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>When set, chunk bodies are read no faster than this many bytes a second: a link to benchmark on.</summary>
    public long? LinkBytesPerSecond { get; set; }

    /// <summary>The status file/info reports for files completed from now on; a test of verification sets another.</summary>
    public string NewFileStatus { get; set; } = "active";

    /// <summary>
    /// Makes the sandbox a hostile server for tests: rewrites the JSON text of each API answer (as it would be
    /// sent, PHP escaping included) before it leaves, e.g. to put a <c>javascript:</c> url or an echoed secret in it.
    /// </summary>
    public Func<Endpoint, string, string>? AnswerRewriter { get; set; }
}
