using MirrorAce.GitHub.Tests.Support;
using MirrorAce.Output;
using MirrorAce.Sandbox;

namespace MirrorAce.GitHub.Tests;

/// <summary>Matrix jobs are separate processes on separate runners: so are the writers here.</summary>
public abstract class ProcessRaceTests(GitHubTransport transport)
{
    [Fact]
    public async Task Two_processes_racing_on_one_release_both_end_up_listed()
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var temp = new TempDirectory();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var id = sandbox.GitHub.AddRelease(GitHubTargets.Repository, "v1.0", "Release notes written by hand.\r\n");
        var linux = new[] { Uploads.File("app-linux-x64.tar.gz", "l1nux"), Uploads.File("app-linux-arm64.tar.gz", "l2nux") };
        var windows = new[] { Uploads.File("app-win-x64.zip", "w1ndows") };
        var linuxJson = Path.Combine(temp.Path, "linux.json");
        var windowsJson = Path.Combine(temp.Path, "windows.json");
        await LinksJson.WriteAsync(linuxJson, linux);
        await LinksJson.WriteAsync(windowsJson, windows);
        // Neither write lands before both jobs have read the original notes: the second one applied erases the first.
        sandbox.GitHub.HoldPatches(2);

        var jobs = await Task.WhenAll(
            TestPublisherProcess.RunAsync(sandbox, "v1.0", linuxJson, transport, timeout.Token),
            TestPublisherProcess.RunAsync(sandbox, "v1.0", windowsJson, transport, timeout.Token));

        Assert.All(jobs, job => Assert.True(job.ExitCode == 0, job.StandardOutput + job.StandardError));
        Assert.Equal(ReleaseNotesSection.Merge("Release notes written by hand.\r\n", [.. linux, .. windows]).Body, sandbox.GitHub.ReleaseBody(id));
        Assert.True(sandbox.GitHub.PatchCount >= 3, $"{sandbox.GitHub.PatchCount} PATCHes: the race was not provoked");
        Assert.Contains(jobs, job => job.StandardOutput.Contains("Another writer replaced the notes", StringComparison.Ordinal));
    }

    /// <summary>Through Octokit, the GitHub Action's and the MSBuild task's transport.</summary>
    public sealed class OverOctokit() : ProcessRaceTests(GitHubTransport.Octokit);

    /// <summary>Through HttpClient and source-generated JSON, the native CLI's transport.</summary>
    public sealed class OverHttpClient() : ProcessRaceTests(GitHubTransport.HttpClient);
}
