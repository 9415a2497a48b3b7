using System.Diagnostics;
using System.Globalization;

namespace MirrorAce.Bench;

/// <summary>
/// What the MirrorAceUpload target adds to a no-op incremental build: a consumer project that
/// references the packed package is built with and without the target, after a first build that
/// uploaded its file, so every later upload is a verified cache hit.
/// </summary>
internal static class MsBuildNoOp
{
    public static (Samples Without, Samples With) Measure(string root, Uri api, IDictionary<string, string> credentials, int runs)
    {
        var work = Path.Combine(Path.GetTempPath(), "mirrorace-bench-msbuild");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var feed = Directory.CreateDirectory(Path.Combine(work, "feed")).FullName;
        var consumer = Directory.CreateDirectory(Path.Combine(work, "consumer")).FullName;
        var version = "0.1.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Processes.Run("dotnet", "pack", Path.Combine(root, "src/MirrorAce.BuildTasks"), "-c", "Release", "-o", feed, $"-p:Version={version}", "-nologo", "-v", "q");

        File.WriteAllText(Path.Combine(consumer, "NuGet.config"), $"""
            <configuration><packageSources><clear /><add key="feed" value="{feed}" /></packageSources></configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="MirrorAce.BuildTasks" Version="{version}" PrivateAssets="all" /></ItemGroup>
              <ItemGroup><MirrorAceUploadFile Include="payload.bin" /></ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Class1.cs"), "namespace Consumer; public static class Class1 { }");
        var payload = new byte[10_000_000];
        new Random(7).NextBytes(payload);
        File.WriteAllBytes(Path.Combine(consumer, "payload.bin"), payload);

        var env = new Dictionary<string, string>(credentials) { ["NUGET_PACKAGES"] = Path.Combine(work, "packages") };
        string[] common = ["--no-restore", "-nologo", "-v", "q", $"-p:MirrorAceApiUrl={api.AbsoluteUri}"];
        Timed(consumer, env, ["restore", "-nologo", "-v", "q"]);
        Timed(consumer, env, ["build", .. common, "-t:Build;MirrorAceUpload"]); // the real upload, once

        var without = new Samples("s");
        var with = new Samples("s");
        for (var i = 0; i < runs; i++)
        {
            without.Add(Timed(consumer, env, ["build", .. common]));
            with.Add(Timed(consumer, env, ["build", .. common, "-t:Build;MirrorAceUpload"]));
        }
        return (without, with);
    }

    private static double Timed(string directory, IDictionary<string, string> env, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (k, v) in env) start.Environment[k] = v;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)}: {output.Result}{error}");
        return clock.Elapsed.TotalSeconds;
    }
}
