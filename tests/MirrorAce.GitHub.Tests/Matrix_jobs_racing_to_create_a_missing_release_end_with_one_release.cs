using System.Globalization;
using MirrorAce.GitHub.Tests.Support;
using MirrorAce.Output;
using MirrorAce.Sandbox;
using MirrorAce.Upload;
using Xunit.Abstractions;

namespace MirrorAce.GitHub.Tests;

/// <summary>
/// Four matrix jobs, each a separate process, find no release with the tag and all create it at the same moment
/// (the sandbox holds every POST until all have arrived): each run must end with exactly one release listing every job's files.
/// </summary>
public abstract class Matrix_jobs_racing_to_create_a_missing_release_end_with_one_release(ITestOutputHelper output, GitHubTransport transport)
{
    private const int Jobs = 4;
    private const int Runs = 3;

    [Theory]
    [InlineData("published")]
    [InlineData("draft")]
    public async Task Racing_jobs_converge_on_one_release(string kind)
    {
        await using var sandbox = await TestSandbox.StartTolerantAsync();
        using var temp = new TempDirectory();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var createdBefore = 0;
        for (var run = 1; run <= Runs; run++)
        {
            var tag = string.Create(CultureInfo.InvariantCulture, $"v{run}.0.0-{kind}");
            var files = new List<UploadedFile[]>();
            var paths = new List<string>();
            for (var job = 1; job <= Jobs; job++)
            {
                UploadedFile[] mine = [Uploads.File($"app-{job}-r{run}.tar.gz", $"s{job}r{run}a"), Uploads.File($"app-{job}-r{run}.zip", $"s{job}r{run}b")];
                var path = Path.Combine(temp.Path, $"{kind}-{run}-{job}.json");
                await LinksJson.WriteAsync(path, mine);
                files.Add(mine);
                paths.Add(path);
            }

            sandbox.GitHub.HoldCreates(Jobs);
            var results = await Task.WhenAll(paths.Select(p => TestPublisherProcess.RunAsync(sandbox, tag, p, kind, transport, timeout.Token)));

            Assert.All(results, job => Assert.True(job.ExitCode == 0, job.StandardOutput + job.StandardError));
            var releases = sandbox.GitHub.ReleasesWithTag(GitHubTargets.Repository, tag);
            var release = Assert.Single(releases);
            Assert.Equal(kind == "draft", release.Draft);
            Assert.Equal(TestPublisherProcess.BuiltCommit, release.TargetCommitish);
            var listed = ReleaseNotesSection.ReadRows(release.Body).Select(r => (r.Name, r.Slug)).ToHashSet();
            var expected = files.SelectMany(f => f).Select(f => (f.Name, f.Slug)).ToHashSet();
            Assert.Equal(expected, listed);
            Assert.Single(results, job => job.StandardOutput.Contains("created=True", StringComparison.Ordinal));

            var created = sandbox.GitHub.CreatedCount - createdBefore;
            createdBefore = sandbox.GitHub.CreatedCount;
            // Published: the first POST wins and the others get 422; drafts: every job's POST creates one, the losers delete theirs.
            Assert.Equal(kind == "draft" ? Jobs : 1, created);
            output.WriteLine($"{kind} run {run}: {Jobs} jobs, {created} releases created, {created - 1} deleted, 1 kept (id {release.Id}), {listed.Count} of {expected.Count} files listed");
        }

        output.WriteLine($"{kind}: {Runs} runs x {Jobs} jobs, {sandbox.GitHub.CreatedCount} releases created, {sandbox.GitHub.DeletedCount} deleted, {Runs} kept, each listing all {Jobs * 2} files");
        Assert.Equal(kind == "draft" ? Runs * (Jobs - 1) : 0, sandbox.GitHub.DeletedCount);
    }

    /// <summary>Through Octokit, the GitHub Action's and the MSBuild task's transport.</summary>
    public sealed class OverOctokit(ITestOutputHelper output) : Matrix_jobs_racing_to_create_a_missing_release_end_with_one_release(output, GitHubTransport.Octokit);

    /// <summary>Through HttpClient and source-generated JSON, the native CLI's transport.</summary>
    public sealed class OverHttpClient(ITestOutputHelper output) : Matrix_jobs_racing_to_create_a_missing_release_end_with_one_release(output, GitHubTransport.HttpClient);
}
