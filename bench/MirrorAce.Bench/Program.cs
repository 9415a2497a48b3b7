using System.Globalization;
using MirrorAce;
using MirrorAce.Api;
using MirrorAce.Bench;
using MirrorAce.Upload;

// bench/run.sh builds everything in Release and runs this. Every figure is a median of several runs with
// its spread, and every speed is a ratio against a reference measured in the same run on the same machine.
var root = Path.GetFullPath(args.Length > 0 ? args[0] : ".");
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var sections = args.Length > 2 ? args[2].Split(',') : ["1", "2", "3", "4", "5"];
var work = Path.Combine(root, "artifacts", "bench");
Directory.CreateDirectory(work);
var builds = new[] { CliBuild.Native(root), CliBuild.Portable(root) };
var sandboxDll = Path.Combine(root, "src/MirrorAce.Sandbox/bin/Release/net10.0/MirrorAce.Sandbox.dll");
var credentials = new MirrorAceCredentials("sandbox-api-key", "sandbox-api-token");
var env = new Dictionary<string, string> { ["MIRRORACE_API_KEY"] = credentials.ApiKey, ["MIRRORACE_API_TOKEN"] = credentials.ApiToken };
const long chunk = 100_000_000;
const long GiB = 1L << 30;

Console.WriteLine($"MirrorAce benchmark — {Environment.ProcessorCount} cores, {runs} runs each, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
if (sections.Intersect(["1", "2", "3"]).Any())
{
var big = Files.Random(Path.Combine(work, "1GiB.bin"), GiB);
using (var sandbox = SandboxProcess.Start(sandboxDll, "--discard", "--max-chunk-size", chunk.ToString(CultureInfo.InvariantCulture)))
{
    // 1. Throughput: the CLI against curl, 1 GiB in 100 MB chunks.
    var chunks = CurlReference.Split(big, chunk, Path.Combine(work, "chunks"));
    var client = new MirrorAceClient(credentials, sandbox.ApiUrl);
    var cliTimes = builds.ToDictionary(b => b, _ => new Samples("s"));
    var cliCpu = builds.ToDictionary(b => b, _ => new Samples("s"));
    var engineTimes = new Samples("s");
    var curlTimes = new Samples("s");
    var curlHashTimes = new Samples("s");
    var engineCpu = new Samples("s");
    var curlCpu = new Samples("s");
    var contenders = new List<Func<Task>>();
    foreach (var build in builds)
        contenders.Add(() =>
        {
            var measured = build.Run(["upload", big, "--api-url", sandbox.ApiUrl.AbsoluteUri, "--chunk-size", $"{chunk}", "--parallel", "1"], env);
            if (measured.ExitCode != 0) throw new InvalidOperationException(measured.Output);
            cliTimes[build].Add(measured.Seconds);
            cliCpu[build].Add(measured.CpuSeconds);
            return Task.CompletedTask;
        });
    contenders.Add(async () =>
    {
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        engineTimes.Add(await Engine.UploadSecondsAsync(credentials, sandbox.ApiUrl, big, chunk));
        engineCpu.Add((System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
    });
    contenders.Add(() =>
    {
        var (curlSeconds, curlCpuSeconds) = CurlReference.Upload(client, big, chunks, chunk, credentials);
        curlTimes.Add(curlSeconds);
        curlCpu.Add(curlCpuSeconds);
        return Task.CompletedTask;
    });
    contenders.Add(() =>
    {
        curlHashTimes.Add(CurlReference.UploadAndHash(client, big, chunks, chunk, credentials));
        return Task.CompletedTask;
    });
    // Each run starts with the next contender, so none always follows the same one (the sandbox's state, the caches).
    for (var i = 0; i < runs; i++)
        for (var j = 0; j < contenders.Count; j++)
            await contenders[(i + j) % contenders.Count]();
    Console.WriteLine();
    Console.WriteLine("1. Throughput, 1 GiB in 100 MB chunks to the sandbox (hash-and-discard mode); ratios are per run, against that run's curl");
    Console.WriteLine($"   {"curl (reference)",-24}{curlTimes}  = {GiB / curlTimes.Median / 1e6:0} MB/s");
    foreach (var build in builds)
        Console.WriteLine($"   {build.Name,-24}{cliTimes[build]}  = {GiB / cliTimes[build].Median / 1e6:0} MB/s  ratio CLI/curl {cliTimes[build].PairedRatio(curlTimes)}");
    Console.WriteLine($"   {"curl + openssl sha256",-24}{curlHashTimes}  = {GiB / curlHashTimes.Median / 1e6:0} MB/s  (the same output as the CLI: links and SHA-256)");
    Console.WriteLine($"   {"",-24}ratio {builds[0].Name} / (curl + openssl sha256) {cliTimes[builds[0]].PairedRatio(curlHashTimes)}");
    Console.WriteLine($"   {"engine in the bench",-24}{engineTimes}  = {GiB / engineTimes.Median / 1e6:0} MB/s  ratio engine/curl {engineTimes.PairedRatio(curlTimes)}");
    Console.WriteLine($"   client CPU time (SHA-256 included; curl hashes nothing): curl {curlCpu}; " +
        string.Join("; ", builds.Select(b => $"{b.Name} {cliCpu[b]}")) + $"; engine {engineCpu}");

    // 3. Bytes read from disk: the engine reads each file once (SHA-256 in the same pass).
    var read = await Engine.BytesReadAsync(credentials, sandbox.ApiUrl, big, chunk);
    Console.WriteLine();
    Console.WriteLine("3. Bytes read per file (rchar of the uploading process, engine in-process), and what the engine allocates");
    Console.WriteLine($"   {read:N0} bytes read for a {GiB:N0}-byte file = {(double)read / GiB:0.000} × the file");
    // Allocation per chunk at two chunk sizes: it must not grow with the chunk (a warm-up run first).
    await Engine.AllocatedPerChunkAsync(credentials, sandbox.ApiUrl, big, 10_000_000);
    var small = await Engine.AllocatedPerChunkAsync(credentials, sandbox.ApiUrl, big, 10_000_000);
    var large = await Engine.AllocatedPerChunkAsync(credentials, sandbox.ApiUrl, big, chunk);
    Console.WriteLine($"   managed allocation per chunk request: {small / 1024.0:0.0} KiB with 10 MB chunks, {large / 1024.0:0.0} KiB with 100 MB chunks");

    // 2. Peak memory: flat whatever the size.
    Console.WriteLine();
    Console.WriteLine("2. Peak RSS of the CLI process (/usr/bin/time %M)");
    var tiny = Files.Random(Path.Combine(work, "1B.bin"), 1);
    var sizes = new[] { 256L << 20, GiB, 4 * GiB };
    foreach (var build in builds)
    {
        var idle = new Samples("MiB");
        for (var i = 0; i < runs; i++)
            idle.Add(build.Run(["upload", tiny, "--api-url", sandbox.ApiUrl.AbsoluteUri], env).PeakRssKiB / 1024.0);
        Console.WriteLine($"   {build.Name}, 1-byte file (baseline)  {idle}");
        foreach (var size in sizes)
        {
            var file = Files.Sparse(Path.Combine(work, $"sparse-{size >> 20}MiB.bin"), size);
            var peak = new Samples("MiB");
            for (var i = 0; i < runs; i++)
                peak.Add(build.Run(["upload", file, "--api-url", sandbox.ApiUrl.AbsoluteUri], env).PeakRssKiB / 1024.0);
            Console.WriteLine($"   {build.Name}, {size >> 20,5} MiB file  {peak}  above baseline: {peak.Median - idle.Median:0.0} MiB");
            File.Delete(file);
        }
    }
}
}

// 1b. The same on a link like a release machine's: the sandbox reads no faster than 1 Gbit/s.
if (sections.Contains("1"))
{
    var file = Files.Random(Path.Combine(work, "1GiB.bin"), GiB);
    using var link = SandboxProcess.Start(sandboxDll, "--discard", "--max-chunk-size", chunk.ToString(CultureInfo.InvariantCulture), "--link-mbit", "1000");
    var chunks = CurlReference.Split(file, chunk, Path.Combine(work, "chunks"));
    var client = new MirrorAceClient(credentials, link.ApiUrl);
    var cliTimes = new Samples("s");
    var curlTimes = new Samples("s");
    for (var i = 0; i < runs; i++)
    {
        var measured = builds[0].Run(["upload", file, "--api-url", link.ApiUrl.AbsoluteUri, "--chunk-size", $"{chunk}"], env);
        if (measured.ExitCode != 0) throw new InvalidOperationException(measured.Output);
        cliTimes.Add(measured.Seconds);
        curlTimes.Add(CurlReference.Upload(client, file, chunks, chunk, credentials).Seconds);
    }
    Console.WriteLine();
    Console.WriteLine("1b. Throughput on a 1 Gbit/s link (the sandbox reads at most 125 MB/s), 1 GiB in 100 MB chunks");
    Console.WriteLine($"   curl (reference)      {curlTimes}  = {GiB / curlTimes.Median / 1e6:0} MB/s");
    Console.WriteLine($"   {builds[0].Name,-24}{cliTimes}  = {GiB / cliTimes.Median / 1e6:0} MB/s  ratio CLI/curl {cliTimes.PairedRatio(curlTimes)}");
}

// 5. What the MSBuild task adds to a no-op incremental build (every file a verified cache hit).
if (sections.Contains("5"))
{
    using var sandbox = SandboxProcess.Start(sandboxDll);
    var (without, with) = MsBuildNoOp.Measure(root, sandbox.ApiUrl, env, Math.Max(runs, 5));
    Console.WriteLine();
    Console.WriteLine("5. No-op incremental `dotnet build` of a consumer project (10 MB file already uploaded)");
    Console.WriteLine($"   without MirrorAceUpload {without}; with it {with}; added {with.Median - without.Median:0.000} s");
}

// 4. Parallel files against a sandbox with per-request latency.
if (sections.Contains("4"))
{
    using var slow = SandboxProcess.Start(sandboxDll, "--discard", "--max-chunk-size", "1000000", "--response-delay-ms", "300");
    const int n = 8, p = 4;
    var files = Enumerable.Range(0, n).Select(i => Files.Random(Path.Combine(work, $"par-{i}.bin"), 3_000_000)).ToList();
    var one = new Samples("s");
    var all = new Samples("s");
    for (var i = 0; i < runs; i++)
    {
        one.Add(await Engine.UploadSecondsAsync(credentials, slow.ApiUrl, [files[0]], 1_000_000, 1));
        all.Add(await Engine.UploadSecondsAsync(credentials, slow.ApiUrl, files, 1_000_000, p));
    }
    var ideal = Math.Ceiling((double)n / p) * one.Median;
    Console.WriteLine();
    Console.WriteLine($"4. {n} files of 3 MB (3 chunks, 300 ms latency per chunk) with parallel {p}");
    Console.WriteLine($"   one file {one}; {n} files {all}; ideal ceil(N/P)×one = {ideal:0.###} s; ratio {all.Median / ideal:0.000}");
}

file static class Files
{
    public static string Random(string path, long size)
    {
        if (File.Exists(path) && new FileInfo(path).Length == size) return path;
        using var stream = File.Create(path);
        var buffer = new byte[1 << 20];
        var random = new Random(42);
        for (long written = 0; written < size; written += buffer.Length)
        {
            random.NextBytes(buffer);
            stream.Write(buffer, 0, (int)Math.Min(buffer.Length, size - written));
        }
        return path;
    }

    public static string Sparse(string path, long size)
    {
        using (var stream = File.Create(path)) stream.SetLength(size);
        return path;
    }
}

file static class Engine
{
    public static Task<double> UploadSecondsAsync(MirrorAceCredentials credentials, Uri api, string file, long chunk) =>
        UploadSecondsAsync(credentials, api, [file], chunk, 1);

    public static async Task<double> UploadSecondsAsync(MirrorAceCredentials credentials, Uri api, IReadOnlyList<string> files, long chunk, int parallel)
    {
        var uploader = new MirrorAceUploader(credentials, new UploadOptions { ApiUrl = api, ChunkSize = chunk, Parallelism = parallel });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var results = await uploader.UploadAsync(files.Select(f => new UploadRequest(f)).ToList());
        var seconds = clock.Elapsed.TotalSeconds;
        if (results.FirstOrDefault(r => !r.Succeeded) is { } failed) throw failed.Error!;
        return seconds;
    }

    public static async Task<long> BytesReadAsync(MirrorAceCredentials credentials, Uri api, string file, long chunk)
    {
        var before = ReadChars();
        await UploadSecondsAsync(credentials, api, file, chunk);
        return ReadChars() - before;
    }

    public static async Task<double> AllocatedPerChunkAsync(MirrorAceCredentials credentials, Uri api, string file, long chunk)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        await UploadSecondsAsync(credentials, api, file, chunk);
        var chunks = (new FileInfo(file).Length + chunk - 1) / chunk;
        return (double)(GC.GetTotalAllocatedBytes(precise: true) - before) / chunks;
    }

    private static long ReadChars() =>
        long.Parse(File.ReadAllLines("/proc/self/io").First(l => l.StartsWith("rchar:", StringComparison.Ordinal))[6..].Trim(), CultureInfo.InvariantCulture);
}
