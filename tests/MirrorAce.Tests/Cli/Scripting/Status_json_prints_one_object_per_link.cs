using System.Text.Json;
using MirrorAce.Output;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli.Scripting;

/// <summary>Issue 16: <c>status --json</c> is the status results alone on stdout, in the documented shape.</summary>
public class Status_json_prints_one_object_per_link
{
    [Fact]
    public async Task Each_link_has_its_input_slug_status_activity_size_and_url()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        dir.CreateFile("a.zip", 30);
        dir.CreateFile("b.zip", 40);
        await MirrorAceCli.RunAsync(dir.Path, sandbox, "upload", "a.zip", "b.zip", "--links-json", "links.json");
        var links = LinksJson.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "links.json")));
        sandbox.SetFileStatus(links[1].Slug, "user removed");

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, "status", links[0].Url, links[1].Slug, "--json", "--api-url", sandbox.ApiUrl.AbsoluteUri);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.StandardError);
        using var doc = JsonDocument.Parse(run.StandardOutput);
        var rows = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(links[0].Url, rows[0].GetProperty("input").GetString());
        Assert.Equal(links[0].Slug, rows[0].GetProperty("slug").GetString());
        Assert.Equal("active", rows[0].GetProperty("status").GetString());
        Assert.True(rows[0].GetProperty("active").GetBoolean());
        Assert.Equal(30, rows[0].GetProperty("size").GetInt64());
        Assert.Equal(links[1].Slug, rows[1].GetProperty("input").GetString());
        Assert.Equal("user removed", rows[1].GetProperty("status").GetString());
        Assert.False(rows[1].GetProperty("active").GetBoolean());
        Assert.True(rows[1].TryGetProperty("url", out _));
    }
}
