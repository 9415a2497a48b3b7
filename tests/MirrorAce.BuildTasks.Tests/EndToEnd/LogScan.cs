using System.IO.Compression;
using System.Text;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

/// <summary>Reads what a build recorded, to search it for secrets.</summary>
public static class LogScan
{
    /// <summary>
    /// A binary log is one gzip stream of records whose strings are UTF-8; decompressed, any string
    /// MSBuild recorded (properties, parameters, environment, messages) is there byte for byte.
    /// </summary>
    public static byte[] BinaryLogRecords(string binlog)
    {
        using var file = File.OpenRead(binlog);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var records = new MemoryStream();
        gzip.CopyTo(records);
        return records.ToArray();
    }

    public static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0
        || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;
}
