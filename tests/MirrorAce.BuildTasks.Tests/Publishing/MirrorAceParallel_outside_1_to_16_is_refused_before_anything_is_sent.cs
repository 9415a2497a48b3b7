
namespace MirrorAce.BuildTasks.Tests.Publishing;

/// <summary>Issue 13: one bound for every door (InputRules): from 1 to 16 files at once, the refusal naming the property.</summary>
public sealed class MirrorAceParallel_outside_1_to_16_is_refused_before_anything_is_sent : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(64)]
    public async Task The_build_fails_with_MA1022_naming_MirrorAceParallel(int parallel)
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        var engine = new RecordingBuildEngine();
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("a.bin"));
        task.Parallel = parallel;

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.StartsWith($"MirrorAceParallel is {parallel}", error.Message, StringComparison.Ordinal);
        Assert.Contains("from 1 to 16", error.Message, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task Sixteen_is_accepted()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        var engine = new RecordingBuildEngine();
        var task = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item("a.bin"));
        task.Parallel = 16;

        Assert.True(task.Execute(), string.Join("\n", engine.AllText));
        Assert.Equal(1, sandbox.CompletedUploadCount);
    }
}
