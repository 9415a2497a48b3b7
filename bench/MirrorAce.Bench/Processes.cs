using System.Diagnostics;
using System.Globalization;

namespace MirrorAce.Bench;

/// <summary>Runs a program under /usr/bin/time to get its wall time and peak resident memory.</summary>
internal static class Processes
{
    public sealed record Measured(double Seconds, long PeakRssKiB, double CpuSeconds, int ExitCode, string Output);

    public static Measured RunTimed(string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-f");
        start.ArgumentList.Add("TIME %e %M %U %S");
        start.ArgumentList.Add(program);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var line = stderr.Split('\n').Last(l => l.StartsWith("TIME ", StringComparison.Ordinal)).Split(' ');
        return new Measured(double.Parse(line[1], CultureInfo.InvariantCulture), long.Parse(line[2], CultureInfo.InvariantCulture),
            double.Parse(line[3], CultureInfo.InvariantCulture) + double.Parse(line[4], CultureInfo.InvariantCulture),
            process.ExitCode, stdout.Result + stderr);
    }

    public static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed: {output.Result}{error}");
    }
}
