using System.Diagnostics;
using System.Text;
using CliWrap;
using CliWrap.Buffered;
using MirrorAce.Action.Tests.Support;
using MirrorAce.GitHub;
using MirrorAce.Output;
using MirrorAce.Sandbox;
using Xunit.Abstractions;

namespace MirrorAce.Action.Tests.Container;

/// <summary>
/// The action's image, built from the repository's Dockerfile and run the way the runner runs a
/// Docker action: workspace, file commands, home and workflow folders mounted under /github,
/// inputs as INPUT_* variables whose values podman takes from its own environment (so that no
/// secret is a command-line argument), uploading to a sandbox on the host's loopback.
/// </summary>
public class ActionContainerTests(ITestOutputHelper output)
{
    private const string Image = "localhost/mirrorace-action:test";
    private const string ApiKey = "container-key-5d1f9b3e";
    private const string ApiToken = "container-token-8a2c6e0f";

    [ContainerFact]
    public async Task The_image_built_from_the_Dockerfile_uploads_the_files_and_writes_the_step_outputs()
    {
        Podman.EnsureInstalled();
        var (sdkImage, runtimeImage) = await BuildBaseImagesAsync();
        await BuildActionImageAsync(sdkImage, runtimeImage);

        await using var sandbox = await TestSandbox.StartTolerantAsync(o => { o.ApiKey = ApiKey; o.ApiToken = ApiToken; o.MaxChunkSize = 300_000; });
        using var workspace = new TempDirectory();
        using var runnerTemp = new TempDirectory();
        var zip = workspace.CreateFile("dist/app-1.0.zip", 1_000_000);
        var tar = workspace.CreateFile("dist/app-1.0.tar.gz", 12_345);
        workspace.CreateFile("dist/app-1.0.pdb", 10);
        var home = Directory.CreateDirectory(Path.Combine(runnerTemp.Path, "_github_home")).FullName;
        var workflow = Directory.CreateDirectory(Path.Combine(runnerTemp.Path, "_github_workflow")).FullName;
        var fileCommands = Directory.CreateDirectory(Path.Combine(runnerTemp.Path, "_runner_file_commands")).FullName;
        var outputFile = Path.Combine(fileCommands, "set_output_" + Guid.NewGuid().ToString("N"));
        var summaryFile = Path.Combine(fileCommands, "step_summary_" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(outputFile, "");
        File.WriteAllText(summaryFile, "");
        var release = sandbox.GitHub.AddRelease("octo-org/octo-app", "v1.0.0", "Notes.\n");
        File.WriteAllText(Path.Combine(workflow, "event.json"), $$$"""{"action":"published","release":{"id":{{{release}}},"tag_name":"v1.0.0"}}""");
        var gitHubToken = sandbox.GitHub.WriteToken;

        var environment = new Dictionary<string, string?>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["CI"] = "true",
            ["HOME"] = "/github/home",
            ["GITHUB_WORKSPACE"] = "/github/workspace",
            ["GITHUB_OUTPUT"] = "/github/file_commands/" + Path.GetFileName(outputFile),
            ["GITHUB_STEP_SUMMARY"] = "/github/file_commands/" + Path.GetFileName(summaryFile),
            ["GITHUB_EVENT_PATH"] = "/github/workflow/event.json",
            ["GITHUB_EVENT_NAME"] = "release",
            ["GITHUB_REPOSITORY"] = "octo-org/octo-app",
            // Octokit inside the image reaches the sandbox's GitHub API on the host's loopback.
            ["GITHUB_API_URL"] = sandbox.GitHubApiUrl.AbsoluteUri.TrimEnd('/'),
            ["INPUT_FILES"] = "dist/*.zip\ndist/*.gz",
            ["INPUT_API-KEY"] = ApiKey,
            ["INPUT_API-TOKEN"] = ApiToken,
            ["INPUT_API-URL"] = sandbox.ApiUrl.AbsoluteUri,
            ["INPUT_MIRRORS"] = "2,3",
            ["INPUT_IF-NO-FILES-FOUND"] = "error",
            ["INPUT_RELEASE-TAG"] = "",
            ["INPUT_GITHUB-TOKEN"] = gitHubToken,
            ["INPUT_PARALLEL"] = "2",
        };
        var name = "mirrorace-action-test-" + Guid.NewGuid().ToString("N")[..8];
        var arguments = new List<string>
        {
            "run", "--rm", "--name", name, "--network", "host", "--workdir", "/github/workspace",
            "-v", $"{home}:/github/home", "-v", $"{workflow}:/github/workflow",
            "-v", $"{fileCommands}:/github/file_commands", "-v", $"{workspace.Path}:/github/workspace",
        };
        foreach (var variable in environment.Keys) arguments.AddRange(["-e", variable]);
        arguments.Add(Image);

        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        BufferedCommandResult run;
        try
        {
            run = await Podman.RunAsync(arguments, TimeSpan.FromMinutes(3), environment);
        }
        finally
        {
            await Podman.RunAsync(["rm", "--force", "--ignore", name], TimeSpan.FromMinutes(1));
        }
        output.WriteLine($"podman run: {clock.Elapsed.TotalSeconds:0.0} s, exit {run.ExitCode}\n{run.StandardOutput}\n{run.StandardError}");
        // How soon a job's step gets to work (docs/releasing.md reports it): the first request of all (the release
        // is read first) and the first to MirrorAce's upload API.
        var firstRequest = sandbox.Requests.Min(r => r.ReceivedAt) - started;
        var firstUpload = sandbox.Requests.Where(r => r.Endpoint is not null).Min(r => r.ReceivedAt) - started;
        output.WriteLine($"podman run to the first request: {firstRequest.TotalSeconds:0.00} s; to the first MirrorAce API request: {firstUpload.TotalSeconds:0.00} s");

        Assert.Equal(0, run.ExitCode);
        var outputs = OutputFileReader.Read(await File.ReadAllTextAsync(outputFile));
        var links = LinksJson.Parse(outputs["links"]);
        Assert.Equal(["dist/app-1.0.zip", "dist/app-1.0.tar.gz"], links.Select(l => l.Path));
        Assert.Equal(links.Select(l => l.Url), outputs["urls"].Split('\n'));
        Assert.StartsWith("| File | Size | Link | SHA-256 | Mirrors |\n", outputs["markdown"], StringComparison.Ordinal);
        foreach (var (link, local) in links.Zip([zip, tar]))
        {
            var stored = sandbox.FindBySlug(link.Slug)!;
            Assert.Equal(TempDirectory.Sha256Of(local), link.Sha256);
            Assert.Equal(TempDirectory.Sha256Of(local), TempDirectory.Sha256Of(stored.DiskPath!));
            Assert.Equal(["2", "3"], stored.Mirrors);
        }
        var summary = await File.ReadAllTextAsync(summaryFile);
        Assert.Contains($"]({links[0].Url}) | `{links[0].Sha256}` |", summary, StringComparison.Ordinal);

        var stdout = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([$"::add-mask::{ApiKey}", $"::add-mask::{ApiToken}", $"::add-mask::{gitHubToken}"], stdout.Take(3));
        var body = sandbox.GitHub.ReleaseBody(release)!;
        var rest = string.Join('\n', stdout.Skip(3)) + run.StandardError + await File.ReadAllTextAsync(outputFile) + summary + body;
        Assert.All(new[] { ApiKey, ApiToken, gitHubToken }, secret => Assert.DoesNotContain(secret, rest, StringComparison.Ordinal));
        Assert.Equal(ReleaseNotesSection.Merge("Notes.\n", links).Body, body);
        Assert.Contains(stdout, l => l.StartsWith("Release notes of release v1.0.0: 2 added, 0 replaced, 0 already listed", StringComparison.Ordinal));
    }

    private async Task<(string Sdk, string Runtime)> BuildBaseImagesAsync()
    {
        var clock = Stopwatch.StartNew();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        var result = await Cli.Wrap("bash")
            .WithArguments([Repository.PathOf("tests/container/build-base-images.sh")])
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(cancel.Token);
        output.WriteLine($"build-base-images.sh: {clock.Elapsed.TotalSeconds:0.0} s, exit {result.ExitCode}\n{result.StandardError}");
        Assert.True(result.ExitCode == 0, result.StandardError);
        var images = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (images[^2], images[^1]);
    }

    private async Task BuildActionImageAsync(string sdkImage, string runtimeImage)
    {
        var arguments = new List<string>
        {
            "build", "--network", "host",
            "--build-arg", $"SDK_IMAGE={sdkImage}", "--build-arg", $"RUNTIME_IMAGE={runtimeImage}",
            // The host's package cache: restore finds every package there instead of downloading it again.
            "-v", $"{NuGetPackagesFolder()}:/root/.nuget/packages",
            "-t", Image, "-f", Repository.PathOf("Dockerfile"), Repository.Root,
        };
        // The host may reach NuGet only through a TLS-inspecting proxy whose CA the host alone trusts
        // (as here); the build container then trusts what the host trusts. The Dockerfile is unchanged.
        const string hostCertificates = "/etc/ssl/certs/ca-certificates.crt";
        if (File.Exists(hostCertificates)) arguments.InsertRange(1, ["-v", $"{hostCertificates}:{hostCertificates}:ro"]);

        var clock = Stopwatch.StartNew();
        var build = await Podman.RunAsync(arguments, TimeSpan.FromMinutes(15));
        output.WriteLine($"podman build: {clock.Elapsed.TotalSeconds:0.0} s, exit {build.ExitCode}\n{Tail(build.StandardOutput + build.StandardError)}");
        Assert.True(build.ExitCode == 0, Tail(build.StandardOutput + build.StandardError));
        var size = await Podman.RunAsync(["image", "inspect", "--format", "{{.Size}}", Image], TimeSpan.FromMinutes(1));
        output.WriteLine($"image {Image}: {long.Parse(size.StandardOutput.Trim(), System.Globalization.CultureInfo.InvariantCulture) / 1e6:0.0} MB");
    }

    private static string NuGetPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string Tail(string text)
    {
        var lines = text.Split('\n');
        return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 40)));
    }
}
