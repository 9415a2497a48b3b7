using System.Security.Cryptography;

namespace MirrorAce.Tests.Infra;

/// <summary>A folder of its own per test, with files of known content, deleted afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mirrorace-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Creates a file of <paramref name="size"/> pseudo-random bytes (seeded by its name) and returns its full path.</summary>
    public string CreateFile(string relativePath, long size)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var random = new Random(relativePath.GetHashCode(StringComparison.Ordinal) ^ (int)size);
        using var stream = File.Create(full);
        var buffer = new byte[Math.Min(size, 1 << 20)];
        for (long written = 0; written < size;)
        {
            var count = (int)Math.Min(buffer.Length, size - written);
            random.NextBytes(buffer.AsSpan(0, count));
            stream.Write(buffer, 0, count);
            written += count;
        }
        return full;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in the folder and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
