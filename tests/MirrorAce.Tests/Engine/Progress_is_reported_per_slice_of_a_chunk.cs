using MirrorAce.Api;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Engine;

/// <summary>Progress reaches the stall watchdog slice by slice, so a slow link is not taken for a stalled one. (Found by a review of the engine against the protocol notes.)</summary>
public sealed class Progress_is_reported_per_slice_of_a_chunk
{
    [Fact]
    public async Task A_slow_link_shows_progress_to_the_stall_watchdog_well_within_a_buffer()
    {
        using var dir = new TempDirectory();
        var path = dir.CreateFile("slow-link.bin", 1 << 20);
        using var file = File.OpenHandle(path);
        // Warm up first (JIT, loading the crypto library), which otherwise stalls the thread pool once, in any code.
        using (var warm = new FileHasher())
            await new ChunkContent(file, 0, 0, 1 << 20, warm, null, null).CopyToAsync(Stream.Null);
        using var hasher = new FileHasher();
        var stamps = new List<long>();
        var content = new ChunkContent(file, 0, 0, 1 << 20, hasher, null, _ => stamps.Add(Environment.TickCount64));
        var slow = new SlowLink(bytesPerSecond: 1_000_000);

        await content.CopyToAsync(slow);

        // Progress (what the stall watchdog watches) is recorded per slice: at 1 MB/s a 64 KiB slice takes
        // 66 ms where a whole 1 MiB buffer would take a second. Gaps are counted between reports; the margin
        // absorbs a busy machine.
        var gaps = stamps.Zip(stamps.Skip(1), (a, b) => b - a).ToList();
        Assert.True(gaps.Count >= 15, $"only {stamps.Count} progress reports for 1 MiB");
        var typical = gaps.Order().ElementAt(gaps.Count / 2);
        Assert.True(typical < 200, $"typical gap between progress reports: {typical} ms ({string.Join(",", gaps)})");
        Assert.Equal(1 << 20, slow.Written);
        Assert.True(content.BodySent);
    }

    /// <summary>A sink that takes time in proportion to what is written, like a slow upload link.</summary>
    private sealed class SlowLink(long bytesPerSecond) : Stream
    {
        public long Written { get; private set; }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromSeconds((double)buffer.Length / bytesPerSecond), cancellationToken);
            Written += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Written;
        public override long Position { get => Written; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
