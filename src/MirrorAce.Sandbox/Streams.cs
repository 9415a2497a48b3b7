using System.Buffers;

namespace MirrorAce.Sandbox;

/// <summary>Body copying with a pooled buffer, so a 100 MB chunk never sits in memory.</summary>
internal static class Streams
{
    public const int BufferSize = 128 * 1024;

    /// <summary>Reads <paramref name="source"/> to its end and returns how many bytes it had.</summary>
    public static Task<long> DrainAsync(Stream source, CancellationToken ct) =>
        CopyAsync(source, (_, _) => ValueTask.CompletedTask, long.MaxValue, ct);

    /// <summary>
    /// Reads <paramref name="source"/> to its end, handing the first <paramref name="keepLimit"/> bytes
    /// to <paramref name="sink"/> and only counting the rest. Returns the full byte count.
    /// </summary>
    public static async Task<long> CopyAsync(Stream source, Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> sink, long keepLimit, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
            {
                var keep = (int)Math.Clamp(keepLimit - total, 0, read);
                if (keep > 0)
                {
                    await sink(buffer.AsMemory(0, keep), ct);
                }

                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads up to <paramref name="count"/> bytes and discards them.</summary>
    public static async Task ReadSomeAsync(Stream source, long count, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
            while (count > 0 && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(BufferSize, count)), ct)) > 0)
            {
                count -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
