using CliWrap;
using CliWrap.Buffered;
using MirrorAce.Sandbox;

namespace MirrorAce.GitHub.Tests.Support;

/// <summary>Runs the TestPublisher program as a separate process, as one matrix job's release-notes step.</summary>
public static class TestPublisherProcess
{
    // tests/MirrorAce.GitHub.Tests/bin/<Configuration>/<tfm>/ → tests/MirrorAce.GitHub.TestPublisher/bin/<Configuration>/<tfm>/
    private static string Assembly { get; } = Locate();

    /// <summary>The GITHUB_SHA a creating job passes: the tag is made at the built commit.</summary>
    public const string BuiltCommit = "0123456789abcdef0123456789abcdef01234567";

    private static string Locate()
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = tfm.Parent!;
        var tests = configuration.Parent!.Parent!.Parent!;
        var path = Path.Combine(tests.FullName, "MirrorAce.GitHub.TestPublisher", "bin", configuration.Name, tfm.Name, "MirrorAce.GitHub.TestPublisher.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build tests/MirrorAce.GitHub.TestPublisher first.", path);
    }

    public static Task<BufferedCommandResult> RunAsync(SandboxServer sandbox, string tag, string linksJson, GitHubTransport transport, CancellationToken ct) =>
        RunAsync(sandbox, tag, linksJson, createRelease: null, transport, ct);

    /// <param name="createRelease">"published" or "draft" to create a missing release, as create-release would; null to leave a missing release an error.</param>
    /// <param name="transport">How the process talks to GitHub.</param>
    public static Task<BufferedCommandResult> RunAsync(SandboxServer sandbox, string tag, string linksJson, string? createRelease, GitHubTransport transport,
        CancellationToken ct) =>
        CliWrap.Cli.Wrap("dotnet")
            .WithArguments([Assembly, linksJson])
            .WithEnvironmentVariables(new Dictionary<string, string?>
            {
                ["GITHUB_API_URL"] = GitHubTargets.ApiUrl(sandbox, enterprise: true),
                ["GITHUB_REPOSITORY"] = GitHubTargets.Repository,
                ["GITHUB_TOKEN"] = sandbox.GitHub.WriteToken,
                ["RELEASE_TAG"] = tag,
                ["GITHUB_EVENT_PATH"] = null,
                ["CREATE_RELEASE"] = createRelease,
                ["GITHUB_SHA"] = createRelease is null ? null : BuiltCommit,
                ["GITHUB_TRANSPORT"] = transport.ToString(),
                ["DOTNET_NOLOGO"] = "1",
            })
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(ct);
}
