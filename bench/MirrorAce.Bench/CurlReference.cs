using System.Diagnostics;
using System.Globalization;
using MirrorAce.Api;

namespace MirrorAce.Bench;

/// <summary>
/// The reference: curl posting the same chunks, with the same fields and headers, to the same sandbox.
/// The chunk files are cut beforehand (not timed); each chunk is one curl process, as a shell script would do.
/// </summary>
internal static class CurlReference
{
    /// <summary>Uploads the chunks; returns the wall time and the CPU time curl used.</summary>
    public static (double Seconds, double CpuSeconds) Upload(MirrorAceClient client, string file, IReadOnlyList<string> chunkFiles, long chunkSize, MirrorAceCredentials credentials)
    {
        var cpu = 0.0;
        var total = new FileInfo(file).Length;
        var clock = Stopwatch.StartNew();
        var variables = client.GetUploadVariablesAsync().GetAwaiter().GetResult();
        for (var i = 0; i < chunkFiles.Count; i++)
        {
            var first = i * chunkSize;
            var last = Math.Min(first + chunkSize, total) - 1;
            var (answer, used) = Curl(variables.ServerFile.AbsoluteUri,
                "-F", $"api_key={credentials.ApiKey}", "-F", $"api_token={credentials.ApiToken}",
                "-F", $"cTracker={variables.ChunkTracker}", "-F", $"upload_key={variables.UploadKey}",
                "-F", "mirrors[1]=1", "-F", "mirrors[2]=2",
                "-F", $"files[]=@{chunkFiles[i]};filename={Path.GetFileName(file)}",
                "-H", string.Create(CultureInfo.InvariantCulture, $"Content-Range: bytes {first}-{last}/{total}"),
                "-H", "Expect:");
            cpu += used;
            var expected = last == total - 1 ? "\"complete\"" : "\"continue\"";
            if (!answer.Contains(expected, StringComparison.Ordinal))
                throw new InvalidOperationException($"curl chunk {i}: {answer}");
        }
        return (clock.Elapsed.TotalSeconds, cpu);
    }

    /// <summary>
    /// The same with the SHA-256 the CLI also delivers: <c>openssl dgst -sha256</c> (SHA-NI, the fastest hasher
    /// here) runs beside the curl loop, as a script producing the same links file would. Returns the wall time.
    /// </summary>
    public static double UploadAndHash(MirrorAceClient client, string file, IReadOnlyList<string> chunkFiles, long chunkSize, MirrorAceCredentials credentials)
    {
        var clock = Stopwatch.StartNew();
        var start = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "dgst", "-sha256", file }) start.ArgumentList.Add(argument);
        using var hasher = Process.Start(start)!;
        var digest = hasher.StandardOutput.ReadToEndAsync();
        Upload(client, file, chunkFiles, chunkSize, credentials);
        hasher.WaitForExit();
        if (hasher.ExitCode != 0 || !digest.Result.Contains('=', StringComparison.Ordinal))
            throw new InvalidOperationException("openssl dgst failed: " + hasher.StandardError.ReadToEnd());
        return clock.Elapsed.TotalSeconds;
    }

    public static IReadOnlyList<string> Split(string file, long chunkSize, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.GetFiles(folder)) File.Delete(old);
        Processes.Run("split", "-b", chunkSize.ToString(CultureInfo.InvariantCulture), "-d", "-a", "3", file, Path.Combine(folder, "chunk."));
        return Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
    }

    private static (string Output, double CpuSeconds) Curl(string url, params string[] arguments)
    {
        var measured = Processes.RunTimed("curl", new[] { "-sS", "-X", "POST", url }.Concat(arguments));
        return (measured.Output, measured.CpuSeconds);
    }
}
