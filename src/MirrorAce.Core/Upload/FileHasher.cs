using System.Security.Cryptography;

namespace MirrorAce.Upload;

/// <summary>
/// SHA-256 of a file computed while its chunks are sent. Bytes are fed by offset, so a chunk that
/// is sent again (a retry, a restart from byte 0) is not hashed twice: the file is hashed once,
/// in order, in the same pass that uploads it.
/// </summary>
internal sealed class FileHasher : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Lock _gate = new();

    /// <summary>How many leading bytes of the file have been hashed.</summary>
    public long HashedLength { get; private set; }

    /// <summary>Feeds the bytes that start at <paramref name="offset"/>; bytes already hashed are skipped.</summary>
    public void Append(long offset, ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            if (offset > HashedLength)
                throw new InvalidOperationException("Bytes must be hashed in order.");
            var skip = HashedLength - offset;
            if (skip >= bytes.Length) return;
            _hash.AppendData(bytes[(int)skip..]);
            HashedLength += bytes.Length - skip;
        }
    }

    /// <summary>The lowercase hex SHA-256 of everything hashed.</summary>
    public string Finish()
    {
        lock (_gate)
        {
            return Convert.ToHexStringLower(_hash.GetCurrentHash());
        }
    }

    public void Dispose() => _hash.Dispose();
}
