using System.Collections.Concurrent;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Engine;

public class ParallelUploadTests
{
    [Fact]
    public async Task Several_files_upload_in_parallel_and_results_come_back_in_input_order()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = 32 * 1024);
        // Sizes descending so that later files finish first when they run in parallel.
        var paths = Enumerable.Range(0, 6).Select(i => dir.CreateFile($"file-{i}.bin", (6 - i) * 40_000)).ToList();
        var listener = new ConcurrencyListener();

        var results = await TestSandbox.Uploader(sandbox, dir.Path, o => o with { Parallelism = 3, Listener = listener })
            .UploadAsync(paths.Select(p => new UploadRequest(p)).ToList());

        Assert.Equal(paths.Select(Path.GetFileName), results.Select(r => r.File?.Name));
        for (var i = 0; i < paths.Count; i++)
            TestSandbox.AssertStoredIdentically(sandbox, results[i], paths[i]);
        Assert.InRange(listener.MostAtOnce, 2, 3);
    }

    [Fact]
    public async Task Progress_reaches_every_files_size_and_the_run_total()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = 16 * 1024);
        var paths = new[] { dir.CreateFile("p1.bin", 50_000), dir.CreateFile("p2.bin", 70_000) };
        var listener = new RecordingListener();

        await TestSandbox.Uploader(sandbox, dir.Path, listener: listener).UploadAsync(paths.Select(p => new UploadRequest(p)).ToList());

        Assert.Equal(120_000, listener.Progress.Max(p => p.TotalBytes));
        Assert.All(listener.Progress, p => Assert.Equal(120_000, p.TotalSize));
        Assert.Equal(50_000, listener.Progress.Where(p => p.Path.EndsWith("p1.bin", StringComparison.Ordinal)).Max(p => p.FileBytes));
    }

    private sealed class ConcurrencyListener : IUploadListener
    {
        private int _running;
        public int MostAtOnce { get; private set; }
        private readonly ConcurrentDictionary<string, bool> _seen = new();

        public void OnFileStarted(string path, long size)
        {
            var now = Interlocked.Increment(ref _running);
            lock (_seen) MostAtOnce = Math.Max(MostAtOnce, now);
            _seen[path] = true;
        }

        public void OnFileFinished(FileUploadResult result) => Interlocked.Decrement(ref _running);
    }
}
