namespace MirrorAce.GitHub.Tests.Support;

/// <summary>A folder of its own per test, deleted afterwards.</summary>
public sealed class TempFiles : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mirrorace-github-tests-").FullName;

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
