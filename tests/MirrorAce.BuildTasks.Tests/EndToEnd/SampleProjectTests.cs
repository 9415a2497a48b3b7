using System.Text.Json;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

[Collection(EndToEndBuilds.Name)]
public sealed class SampleProjectTests(SampleProjectBuild build) : IClassFixture<SampleProjectBuild>
{
    private static readonly string[] SampleFiles = ["dist/manual.zip", "RELEASE-NOTES.md"];

    private void AssertFirstBuildSucceeded() => Assert.True(build.First.ExitCode == 0, Dotnet.Describe(build.First));

    [Fact]
    public void Building_the_MirrorAceUpload_target_uploads_every_listed_file_byte_for_byte()
    {
        AssertFirstBuildSucceeded();

        Assert.Equal(2, build.UploadsAfterFirst);
        foreach (var file in SampleFiles)
        {
            var local = TempDirectory.Sha256Of(build.Project.PathOf(file));
            Assert.Single(build.Sandbox.Files, f => f.Sha256 == local);
        }
        var notes = Assert.Single(build.Sandbox.Files, f => f.Name == "RELEASE-NOTES.md");
        Assert.Equal(["1", "3"], notes.Mirrors);
    }

    [Fact]
    public void The_uploaded_files_come_back_as_MirrorAceUploadedFile_items_a_later_target_can_use()
    {
        AssertFirstBuildSucceeded();

        Assert.Equal(SampleFiles, build.FirstItems.Select(line => line.Split('|')[0]));
        foreach (var line in build.FirstItems)
        {
            var fields = line.Split('|');
            var stored = build.Sandbox.FindBySlug(fields[1]);
            Assert.NotNull(stored);
            Assert.Equal($"{build.Sandbox.ApiUrl.GetLeftPart(UriPartial.Authority)}/m/{stored.Slug}", fields[2]);
            Assert.Equal(stored.Sha256, fields[3]);
            Assert.Equal(stored.Size.ToString(System.Globalization.CultureInfo.InvariantCulture), fields[4]);
            Assert.Equal(stored.Name, fields[5]);
        }
        var urls = build.FirstItems.Select(l => l.Split('|')[2]).ToList();
        Assert.Contains($"Uploaded: manual.zip {urls[0]}, RELEASE-NOTES.md {urls[1]}", build.First.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void The_links_file_is_written_under_obj_in_the_order_the_files_were_listed()
    {
        AssertFirstBuildSucceeded();

        using var links = JsonDocument.Parse(build.FirstLinks);
        var entries = links.RootElement.EnumerateArray().ToList();
        Assert.Equal(SampleFiles, entries.Select(e => e.GetProperty("path").GetString()));
        Assert.Equal(build.FirstItems.Select(l => l.Split('|')[2]), entries.Select(e => e.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task A_second_build_with_unchanged_files_uploads_nothing_and_says_it_reused_them()
    {
        AssertFirstBuildSucceeded();
        var chunks = build.Sandbox.ChunkRequestCount;

        var second = await build.Project.DotnetAsync(build.Sandbox, withCredentials: true, "build", "-t:MirrorAceUpload");

        Assert.True(second.ExitCode == 0, Dotnet.Describe(second));
        Assert.Equal(build.UploadsAfterFirst, build.Sandbox.CompletedUploadCount);
        Assert.Equal(chunks, build.Sandbox.ChunkRequestCount);
        Assert.Equal(2, second.StandardOutput.Split('\n').Count(l => l.Contains("MirrorAce: ", StringComparison.Ordinal) && l.Contains(": reused, http", StringComparison.Ordinal)));
        Assert.Equal(build.FirstItems, File.ReadAllLines(build.Project.PathOf("uploaded-items.txt")));
    }

    [Fact]
    public void With_MirrorAceReleaseTag_the_release_notes_list_both_uploads_below_the_text_people_wrote()
    {
        AssertFirstBuildSucceeded();

        var body = build.Sandbox.GitHub.ReleaseBody(build.ReleaseId)!;
        Assert.StartsWith(SampleProjectBuild.HandwrittenNotes, body, StringComparison.Ordinal);
        var section = body[body.IndexOf("<!-- mirrorace:links:start -->", StringComparison.Ordinal)..];
        foreach (var fields in build.FirstItems.Select(line => line.Split('|')))
        {
            Assert.Contains($"| {fields[5]} |", section, StringComparison.Ordinal);
            Assert.Contains(fields[2], section, StringComparison.Ordinal);
        }
        Assert.Contains($"MirrorAce: Release notes of release {SampleProjectBuild.ReleaseTag}: 2 added", build.First.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dry_run_plans_every_file_but_uploads_nothing_writes_no_links_and_leaves_the_release_alone()
    {
        Assert.True(build.DryRun.ExitCode == 0, Dotnet.Describe(build.DryRun));

        foreach (var file in SampleFiles)
            Assert.Contains($"MirrorAce: dry run: {file} (", build.DryRun.StandardOutput, StringComparison.Ordinal);
        Assert.True(build.AfterDryRun.UploadVariables > 0, "the dry run did not check the credentials with the server");
        Assert.Equal(0, build.AfterDryRun.Chunks);
        Assert.Equal(0, build.AfterDryRun.Uploads);
        // As in every door, a dry run reads the release (its rows count for reuse) and never writes it.
        Assert.True(build.AfterDryRun.GitHubReads > 0, "the dry run did not read the release");
        Assert.Equal(0, build.AfterDryRun.GitHubWrites);
        Assert.False(build.LinksAfterDryRun, "the dry run wrote a links file");
        Assert.Empty(build.DryRunItems);
    }

    [Fact]
    public void Neither_the_binary_log_nor_the_diagnostic_log_holds_the_credentials_or_the_GitHub_token()
    {
        AssertFirstBuildSucceeded();
        var binlog = LogScan.BinaryLogRecords(build.BinaryLog);
        var diagnostic = File.ReadAllText(build.DiagnosticLog);

        // The logs are the ones that matter: they record the task's parameters, the API URLs and the release written to.
        Assert.True(LogScan.Contains(binlog, "MIRRORACE_API_KEY"), "the binary log does not record the task's parameters");
        Assert.True(LogScan.Contains(binlog, "GITHUB_TOKEN"), "the binary log does not record the GitHub token variable's name");
        Assert.True(LogScan.Contains(binlog, build.Sandbox.ApiUrl.AbsoluteUri), "the binary log does not record the properties");
        Assert.True(LogScan.Contains(binlog, build.Sandbox.GitHubApiUrl.AbsoluteUri), "the binary log does not record the GitHub API URL");
        Assert.Contains(build.Sandbox.ApiUrl.AbsoluteUri, diagnostic, StringComparison.Ordinal);
        Assert.Contains($"Release notes of release {SampleProjectBuild.ReleaseTag}", diagnostic, StringComparison.Ordinal);
        foreach (var secret in new[] { TaskHarness.ApiKey, TaskHarness.ApiToken, TaskHarness.GitHubWriteToken })
        {
            Assert.False(LogScan.Contains(binlog, secret), "the binary log holds a credential");
            Assert.DoesNotContain(secret, diagnostic, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, build.First.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_design_time_build_never_uploads()
    {
        AssertFirstBuildSucceeded();
        var requests = build.Sandbox.Requests.Count;

        var designTime = await build.Project.DotnetAsync(build.Sandbox, withCredentials: true,
            "build", "-t:MirrorAceUpload", "--no-restore", "-p:DesignTimeBuild=true");

        Assert.True(designTime.ExitCode == 0, Dotnet.Describe(designTime));
        Assert.Equal(requests, build.Sandbox.Requests.Count);
        Assert.DoesNotContain("MirrorAce:", designTime.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_credentials_in_the_environment_the_build_fails_with_MA1020_naming_the_variable()
    {
        AssertFirstBuildSucceeded();
        var requests = build.Sandbox.Requests.Count;

        var result = await build.Project.DotnetAsync(build.Sandbox, withCredentials: false, "build", "-t:MirrorAceUpload", "--no-restore");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error MA1020", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("MIRRORACE_API_KEY", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(requests, build.Sandbox.Requests.Count);
    }
}
