using MirrorAce.Output;
using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;
using Xunit.Abstractions;

namespace MirrorAce.Tests.Engine;

public class SoakTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Fifty_files_through_random_faults_are_each_byte_identical_or_reported_failed()
    {
        const int seed = 20261127;
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = 32 * 1024);
        var random = new Random(seed);
        var paths = Enumerable.Range(0, 50).Select(i => dir.CreateFile($"soak-{i:00}.bin", random.Next(1, 300_000))).ToList();
        sandbox.Faults.Random(0.12, seed,
            FaultKind.Html500, FaultKind.Html200, FaultKind.Garbage200, FaultKind.TooManyRequests, FaultKind.ServiceUnavailable,
            FaultKind.ResetMidBody, FaultKind.LoseAnswerAfterCommit, FaultKind.StatusError, FaultKind.ExpireKey);
        var retry = TestSandbox.QuickRetry with { MaxRestarts = 4, MaxRetries = 6 };

        var results = await TestSandbox.Uploader(sandbox, dir.Path, o => o with { Parallelism = 3, Retry = retry })
            .UploadAsync(paths.Select(p => new UploadRequest(p)).ToList());
        var links = LinksJson.Parse(LinksJson.Render(results.Where(r => r.Succeeded).Select(r => r.File!)));

        Assert.Equal(paths.Count, results.Count);
        var identical = 0;
        for (var i = 0; i < paths.Count; i++)
        {
            if (results[i].Succeeded)
            {
                TestSandbox.AssertStoredIdentically(sandbox, results[i], paths[i]);
                Assert.Contains(links, l => l.Slug == results[i].File!.Slug && l.Sha256 == TempDirectory.Sha256Of(paths[i]));
                identical++;
            }
            else
            {
                Assert.StartsWith("MA", results[i].Error!.Code, StringComparison.Ordinal);
                output.WriteLine($"failed: {results[i].Error!.Code} {results[i].Error!.Message}");
                Assert.Contains(Path.GetFileName(paths[i]), results[i].Error!.Message, StringComparison.Ordinal);
            }
        }
        var failed = paths.Count - identical;
        var orphans = sandbox.Files.Count - identical;
        output.WriteLine($"faults injected: {sandbox.Faults.Fired}; files byte-identical: {identical}; reported failed: {failed}; " +
                         $"orphaned server copies (answer lost after the last chunk): {orphans}");
        foreach (var kind in sandbox.Faults.History.GroupBy(h => h.Kind).OrderBy(g => g.Key))
            output.WriteLine($"  {kind.Key}: {kind.Count()}");
        Assert.True(sandbox.Faults.Fired >= 20, $"only {sandbox.Faults.Fired} faults fired");
        Assert.True(identical >= 45, $"only {identical} of 50 files made it through");
    }
}
