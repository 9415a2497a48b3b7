using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Publishing;

/// <summary>
/// The per-user cache is a file anyone (or any other run) may have written: damage reads as an empty cache, and a save merges
/// only what this run remembered, so a run that loaded the cache earlier never undoes what another run wrote since.
/// </summary>
public sealed class The_upload_cache_survives_damage_and_concurrent_runs
{
    private static readonly Uri Api = new("https://mirrorace.example/api/v1/");

    private static UploadedFile Upload(string slug, char hash) =>
        new("app.zip", "app.zip", 3000, new string(hash, 64), slug, $"https://mirrorace.example/m/{slug}", ["1"]);

    [Theory]
    [InlineData("""{"version":2,"entries":[null]}""")]
    [InlineData("""{"version":2,"entries":[{"apiUrl":"https://mirrorace.example/api/v1/","size":3000,"sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","slug":"s1","url":"https://mirrorace.example/m/s1","parts":[null]}]}""")]
    [InlineData("""{"version":2,"entries":[{"apiUrl":"https://mirrorace.example/api/v1/","size":3000,"sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","slug":"s1","url":"https://mirrorace.example/m/s1","mirrors":[null]}]}""")]
    [InlineData("not json at all")]
    public async Task A_damaged_cache_reads_as_empty_and_is_written_whole_again(string damaged)
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "uploads.json");
        await File.WriteAllTextAsync(path, damaged);
        var problems = new List<string>();

        var cache = UploadCache.Load(path, problems.Add);
        Assert.Empty(cache.Candidates(Api));
        cache.Remember(Api, null, [Upload("s2", 'b')]);
        await cache.SaveAsync(path, CancellationToken.None);

        var again = UploadCache.Load(path, problems.Add);
        Assert.Equal(["s2"], again.Candidates(Api).Select(c => c.Slug));
    }

    [Fact]
    public async Task A_save_keeps_what_another_run_wrote_since_this_one_loaded()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "uploads.json");
        var seed = UploadCache.Load(path, _ => { });
        seed.Remember(Api, null, [Upload("old", 'a')]);
        await seed.SaveAsync(path, CancellationToken.None);

        // Two runs load the same cache; the first re-uploads the same bytes (the old link died) and saves first.
        var first = UploadCache.Load(path, _ => { });
        var second = UploadCache.Load(path, _ => { });
        first.Remember(Api, null, [Upload("fresh", 'a')]);
        await first.SaveAsync(path, CancellationToken.None);
        second.Remember(Api, null, [Upload("other", 'c')]);
        await second.SaveAsync(path, CancellationToken.None);

        var slugs = UploadCache.Load(path, _ => { }).Candidates(Api).Select(c => c.Slug).ToList();
        Assert.Contains("fresh", slugs);
        Assert.Contains("other", slugs);
        Assert.DoesNotContain("old", slugs);
    }
}
