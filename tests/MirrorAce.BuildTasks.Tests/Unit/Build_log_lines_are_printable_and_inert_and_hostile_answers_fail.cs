using MirrorAce.Sandbox;

namespace MirrorAce.BuildTasks.Tests.Unit;

/// <summary>
/// The build log is printed by MSBuild's loggers and read by CI runners: file names and the server's words reach it
/// without control characters and without the runner's command forms; a hostile answer fails the file with MA1034
/// and publishes nothing (items, links file, cache).
/// </summary>
public sealed class Build_log_lines_are_printable_and_inert_and_hostile_answers_fail : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(HostileAnswers.Urls), MemberType = typeof(HostileAnswers))]
    public async Task A_hostile_url_is_an_MA1034_error_and_reaches_no_item_links_file_or_cache(string url)
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync(o => o.AnswerRewriter = HostileAnswers.SetField(Endpoint.Chunk, "url", url));
        _folder.CreateFile("app.zip", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("app.zip"));
        task.LinksFile = Path.Combine(_folder.Path, "links.json");
        task.CacheFile = Path.Combine(_folder.Path, "cache.json");

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(ErrorCodes.UntrustedAnswer, error.Code);
        Assert.Equal(Path.Combine(_folder.Path, "app.zip"), error.File);
        Assert.Contains("The bytes are stored on MirrorAce", error.Message, StringComparison.Ordinal);
        Assert.Empty(task.UploadedFiles);
        foreach (var file in new[] { task.LinksFile, task.CacheFile }.Where(File.Exists))
            Assert.DoesNotContain("mirrorace.example", await File.ReadAllTextAsync(file!), StringComparison.Ordinal);
        AssertInert(_engine.AllText);
    }

    [Fact]
    public async Task Command_like_and_control_character_names_are_logged_inert()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("::warning::x.bin", 1_000);
        _folder.CreateFile("a\u001b[2J##[error]b.bin", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("::warning::x.bin"), TaskHarness.Item("a\u001b[2J##[error]b.bin"));

        Assert.True(task.Execute(), string.Join("\n", _engine.AllText));

        Assert.Equal(2, task.UploadedFiles.Length);
        AssertInert(_engine.AllText);
        Assert.Contains(_engine.AllText, m => m.Contains("a?[2J## [error]b.bin", StringComparison.Ordinal));
        // What reached the server: the name without its control character.
        Assert.Contains(sandbox.Files, f => f.Name == "a[2J##[error]b.bin");
    }

    private static void AssertInert(IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            HostileAnswers.AssertPrintable(message, "a build message");
            Assert.Empty(RunnerLog.Commands(message));
        }
    }
}
