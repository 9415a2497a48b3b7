using MirrorAce.Output;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli;

public class OtherCommandsTests
{
    [Fact]
    public async Task Upload_dry_run_prints_the_plan_and_sends_no_file_bytes()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = 1000);
        dir.CreateFile("a.bin", 2500);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "a.bin", "--dry-run", "--mirrors", "1,3");

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Contains("a.bin  2.44 KiB  3 requests to mirrors 1, 3", run.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.ChunkRequestCount);
    }

    [Fact]
    public async Task Upload_dry_run_with_wrong_credentials_fails_with_the_servers_words()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.bin", 10);

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, new Dictionary<string, string?> { ["MIRRORACE_API_KEY"] = "wrong-key-xyz" },
            "upload", "a.bin", "--dry-run");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error MA1030: a.bin:", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key-xyz", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_upload_twice_with_reuse_links_uploads_the_bytes_once()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("dist/a.zip", 3000);
        dir.CreateFile("dist/b.zip", 4000);
        string[] args = ["upload", "dist/*.zip", "--reuse-links", "links.json", "--links-json", "links.json"];

        var first = await MirrorAceCli.RunAsync(dir.Path, sandbox, args);
        var firstLinks = await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json"));
        var second = await MirrorAceCli.RunAsync(dir.Path, sandbox, args);

        Assert.Equal(0, first.ExitCode);
        Assert.True(second.ExitCode == 0, second.StandardError);
        Assert.Equal(2, sandbox.CompletedUploadCount);
        Assert.Equal(firstLinks, await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json")));
        Assert.Contains("2 of them reused an earlier upload", second.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rerun_with_the_same_links_json_reuses_by_default_and_no_reuse_uploads_again()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("app.zip", 3000);

        await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip", "--links-json", "links.json");
        var again = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip", "--links-json", "links.json");
        Assert.Equal(1, sandbox.CompletedUploadCount);
        Assert.Contains("(reused)", again.StandardOutput, StringComparison.Ordinal);

        var forced = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip", "--links-json", "links.json", "--no-reuse");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(2, sandbox.CompletedUploadCount);
    }

    [Fact]
    public async Task A_rerun_of_a_split_upload_with_the_same_links_json_reuses_every_part()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxFileSize = 1000);
        dir.CreateFile("big.iso", 2500);
        string[] args = ["upload", "big.iso", "--split", "--links-json", "links.json"];

        var first = await MirrorAceCli.RunAsync(dir.Path, sandbox, args);
        var firstLinks = await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json"));
        var second = await MirrorAceCli.RunAsync(dir.Path, sandbox, args);

        Assert.True(first.ExitCode == 0, first.StandardError);
        Assert.True(second.ExitCode == 0, second.StandardError);
        Assert.Equal(3, sandbox.CompletedUploadCount);
        Assert.Equal(firstLinks, await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json")));
        Assert.Contains("1 of them reused an earlier upload", second.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_that_uploads_nothing_leaves_the_earlier_links_file_for_the_next_run_to_reuse()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("app.zip", 3000);
        var links = Path.Combine(dir.Path, "links.json");

        await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip", "--links-json", "links.json");
        var first = await File.ReadAllTextAsync(links);
        var typo = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip", "apx.zip", "--links-json", "links.json");
        var fixedRun = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip", "--links-json", "links.json");

        Assert.Equal(2, typo.ExitCode); // a missing file is refused before anything is sent
        Assert.Contains("links.json is left as it was", typo.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, fixedRun.ExitCode);
        Assert.Equal(first, await File.ReadAllTextAsync(links));
        Assert.Equal(1, sandbox.CompletedUploadCount);
    }

    [Fact]
    public async Task A_links_file_that_cannot_be_written_is_a_coded_line_and_the_links_are_still_shown()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("app.zip", 3000);
        Directory.CreateDirectory(Path.Combine(dir.Path, "taken"));

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "app.zip", "--links-json", "taken");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("mirrorace: error MA1008: taken:", run.StandardError, StringComparison.Ordinal);
        Assert.Contains(Assert.Single(sandbox.Files).Slug, run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_reports_every_link_and_fails_when_one_is_no_longer_active()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.zip", 30);
        dir.CreateFile("b.zip", 40);
        await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "a.zip", "b.zip", "--links-json", "links.json");
        var links = LinksJson.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json")));

        var healthy = await MirrorAceCli.RunAsync(dir.Path, sandbox, "status", "links.json", "--api-url", sandbox.ApiUrl.AbsoluteUri);
        sandbox.SetFileStatus(links[1].Slug, "user removed");
        var damaged = await MirrorAceCli.RunAsync(dir.Path, sandbox, "status", links[0].Url, links[1].Slug, "--api-url", sandbox.ApiUrl.AbsoluteUri);

        Assert.Equal(0, healthy.ExitCode);
        Assert.Contains("All 2 active.", healthy.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, damaged.ExitCode);
        Assert.Contains("user removed", damaged.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("1 of 2 not active.", damaged.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mirror_has_the_server_fetch_the_url_and_writes_its_link()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("asset.zip", 6000);
        var origin = (await TestSandbox.UploadOneAsync(sandbox, dir.Path, path)).File!;
        var url = new Uri(sandbox.ApiUrl, $"/m/{origin.Slug}/download").AbsoluteUri;

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "mirror", url, "--links-json", "mirrored.json", "--api-url", sandbox.ApiUrl.AbsoluteUri);

        Assert.True(run.ExitCode == 0, run.StandardError);
        var link = Assert.Single(LinksJson.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "mirrored.json"))));
        Assert.Equal(url, link.Path);
        Assert.Equal(TempDirectory.Sha256Of(path), sandbox.FindBySlug(link.Slug)!.Sha256);
        Assert.Equal(1, sandbox.ChunkRequestCount); // the origin's own upload: mirroring sent no file bytes
    }
}
