using MirrorAce.Action.Tests.Composite.Support;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>
/// The container action lists the files in a triggering release's notes; the composite cannot yet, and
/// says so rather than let the release look done.
/// </summary>
public class On_a_release_event_it_warns_that_the_notes_are_left_alone
{
    [Theory]
    [InlineData("release", true)]
    [InlineData("push", false)]
    public async Task Warns_on_a_release_event_only(string eventName, bool warns)
    {
        using var run = new CompositeRun { EventName = eventName, ActionRef = "main" };
        run.Inputs["files"] = "dist/*.zip";

        var result = await run.RunAsync();

        Assert.Equal(["prepare", "install"], result.StepsRun);
        Assert.Equal(warns, result.Log.Contains("::warning title=MirrorAce::The composite variant does not list the files in the release's notes yet", StringComparison.Ordinal));
    }
}
