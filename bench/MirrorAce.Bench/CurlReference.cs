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
    public static double Upload(MirrorAceClient client, string file, IReadOnlyList<string> chunkFiles, long chunkSize, MirrorAceCredentials credentials)
    {
        var total = new FileInfo(file).Length;
        var clock = Stopwatch.StartNew();
        var variables = client.GetUploadVariablesAsync().GetAwaiter().GetResult();
        for (var i = 0; i < chunkFiles.Count; i++)
        {
            var first = i * chunkSize;
            var last = Math.Min(first + chunkSize, total) - 1;
            var answer = Curl(variables.ServerFile.AbsoluteUri,
                "-F", $"api_key={credentials.ApiKey}", "-F", $"api_token={credentials.ApiToken}",
                "-F", $"cTracker={variables.ChunkTracker}", "-F", $"upload_key={variables.UploadKey}",
                "-F", "mirrors[1]=1", "-F", "mirrors[2]=2",
                "-F", $"files[]=@{chunkFiles[i]};filename={Path.GetFileName(file)}",
                "-H", string.Create(CultureInfo.InvariantCulture, $"Content-Range: bytes {first}-{last}/{total}"),
                "-H", "Expect:");
            var expected = last == total - 1 ? "\"complete\"" : "\"continue\"";
            if (!answer.Contains(expected, StringComparison.Ordinal))
                throw new InvalidOperationException($"curl chunk {i}: {answer}");
        }
        return clock.Elapsed.TotalSeconds;
    }

    public static IReadOnlyList<string> Split(string file, long chunkSize, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.GetFiles(folder)) File.Delete(old);
        Processes.Run("split", "-b", chunkSize.ToString(CultureInfo.InvariantCulture), "-d", "-a", "3", file, Path.Combine(folder, "chunk."));
        return Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
    }

    private static string Curl(string url, params string[] arguments)
    {
        var start = new ProcessStartInfo("curl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-sS", "-X", "POST", url }.Concat(arguments)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
