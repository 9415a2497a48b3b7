namespace MirrorAce.Conformance.Tests;

/// <summary>The table: each row runs through every door, which must report the same outcome and the same code.</summary>
public static class Scenarios
{
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("folder_input")
        {
            Arrange = run =>
            {
                run.Workspace.CreateFile("dist/a.zip", 3000);
                run.Workspace.CreateFile("dist/sub/b.zip", 4000);
                run.Workspace.Write("dist/.secret", "TOKEN=do-not-publish\n");
            },
            Files = ["dist"],
            Succeeds = true,
            Uploaded = ["a.zip", "b.zip"],
            Then = (run, _, _) =>
                Assert.Equal(["a.zip", "b.zip"], run.Sandbox.Files.Select(f => f.Name).Order(StringComparer.Ordinal)),
        },
        new("duplicate_input")
        {
            Arrange = run =>
            {
                run.Workspace.CreateFile("one/app.zip", 3000);
                run.Workspace.CreateFile("two/app.zip", 4000);
            },
            Files = ["one/app.zip", "two/app.zip"],
            Succeeds = false,
            // The clash is MA1072 on the second file; the first is held back with it (MA1007), so nothing is sent.
            Codes = [ErrorCodes.NotAttempted, ErrorCodes.DuplicateName],
            Then = (run, _, _) => Assert.Empty(run.Sandbox.Requests),
        },
        new("unwritable_links_file")
        {
            Arrange = run =>
            {
                run.Workspace.CreateFile("app.zip", 3000);
                run.Workspace.Write("blocker", "a regular file where a folder would have to be\n");
            },
            Files = ["app.zip"],
            LinksFile = "blocker/links.json",
            Succeeds = false,
            Codes = [ErrorCodes.LinksNotWritten],
            Uploaded = ["app.zip"],
            Then = (run, outcome, _) =>
            {
                Assert.Equal(1, run.Sandbox.CompletedUploadCount);
                Assert.Contains(outcome.Errors, e => e.Contains(Path.Combine("blocker", "links.json"), StringComparison.Ordinal));
            },
        },
        new("too_large_file")
        {
            Sandbox = options => options.MaxFileSize = 2000,
            Arrange = run => run.Workspace.CreateFile("app.zip", 3000),
            Files = ["app.zip"],
            Succeeds = false,
            Codes = [ErrorCodes.FileTooLarge],
            Then = (run, outcome, door) =>
            {
                Assert.Equal(0, run.Sandbox.ChunkRequestCount);
                Assert.Equal(0, run.Sandbox.CompletedUploadCount);
                Assert.Contains(outcome.Errors, e => e.Contains(door.SplitSetting, StringComparison.Ordinal));
            },
        },
        new("reuse_after_rerun")
        {
            Arrange = run => run.Workspace.CreateFile("app.zip", 3000),
            Files = ["app.zip"],
            Runs = 2,
            Succeeds = true,
            Uploaded = ["app.zip"],
            Reused = 1,
            // No links file and no release: only the per-user cache can tell the second run. One chunk carries the 3000
            // bytes once: the second run sent none.
            Then = (run, _, _) =>
            {
                Assert.True(File.Exists(Path.Combine(run.CacheHome, "mirrorace", "uploads.json")));
                Assert.Equal(1, run.Sandbox.CompletedUploadCount);
                Assert.Equal(1, run.Sandbox.ChunkRequestCount);
            },
        },
        new("release_listing")
        {
            Arrange = run =>
            {
                run.Workspace.CreateFile("app.zip", 3000);
                run.ReleaseId = run.Sandbox.GitHub.AddRelease(ScenarioRun.Repository, "v1.0", "Written by a person.\n");
            },
            Files = ["app.zip"],
            ReleaseTag = "v1.0",
            Succeeds = true,
            Uploaded = ["app.zip"],
            Then = (run, _, _) =>
            {
                var body = run.Sandbox.GitHub.ReleaseBody(run.ReleaseId!.Value)!;
                var stored = Assert.Single(run.Sandbox.Files);
                Assert.StartsWith("Written by a person.", body, StringComparison.Ordinal);
                Assert.Equal(TempDirectory.Sha256Of(Path.Combine(run.Workspace.Path, "app.zip")), stored.Sha256);
                Assert.Equal(ExpectedRow, ReleaseRow.Of(body, stored, run.Sandbox));
            },
        },
    ];

    /// <summary>The release's row for app.zip, the same text whichever door wrote it (what differs per sandbox named instead).</summary>
    public const string ExpectedRow = "| app.zip | 2.93 KiB | [{slug}]({server}/m/{slug}) | `{sha256}` | 1, 2 |";
}
