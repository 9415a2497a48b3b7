using System.Diagnostics;

namespace MirrorAce.Bench;

/// <summary>The sandbox in a process of its own, so its reads and memory are not counted as the client's.</summary>
internal sealed class SandboxProcess : IDisposable
{
    private readonly Process _process;

    private SandboxProcess(Process process, Uri apiUrl)
    {
        _process = process;
        ApiUrl = apiUrl;
    }

    public Uri ApiUrl { get; }

    public static SandboxProcess Start(string sandboxDll, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(sandboxDll);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The sandbox did not start: " + process.StandardError.ReadToEnd());
        const string prefix = "MirrorAce sandbox API: ";
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return new SandboxProcess(process, new Uri(line[prefix.Length..].Trim()));
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
    }
}
