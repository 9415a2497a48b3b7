namespace MirrorAce.Conformance.Tests;

/// <summary>
/// Issue 13: the CLI, the MSBuild task and the action are one publish run behind three doors. Each row of
/// <see cref="Scenarios"/> runs through each door; the door's own channels must report the row's outcome.
/// </summary>
public sealed class Every_door_reports_the_same_outcome_and_code
{
    private static readonly IReadOnlyList<IDoor> Doors = [new CliDoor(), new TaskDoor(), new ActionDoor()];

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var scenario in Scenarios.All)
            foreach (var door in Doors)
                cases.Add(scenario.Name, door.Name);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Scenario_through_door(string scenarioName, string doorName)
    {
        var scenario = Scenarios.All.Single(s => s.Name == scenarioName);
        var door = Doors.Single(d => d.Name == doorName);
        await using var run = await ScenarioRun.StartAsync(scenario.Sandbox);
        scenario.Arrange(run);

        DoorOutcome? outcome = null;
        for (var i = 0; i < scenario.Runs; i++)
            outcome = await door.RunAsync(scenario, run);

        Assert.True(scenario.Succeeds == outcome!.Success, $"{door.Name} should have {(scenario.Succeeds ? "succeeded" : "failed")}:\n{outcome}");
        Assert.True(scenario.Codes.SequenceEqual(outcome.Codes.Distinct()), $"{door.Name} reported [{string.Join(", ", outcome.Codes)}]:\n{outcome}");
        Assert.True(scenario.Uploaded.SequenceEqual(outcome.Uploaded.Order(StringComparer.Ordinal)),
            $"{door.Name} reported uploaded [{string.Join(", ", outcome.Uploaded)}]:\n{outcome}");
        Assert.True(scenario.Reused == outcome.Reused, $"{door.Name} reported {outcome.Reused} reused:\n{outcome}");
        scenario.Then?.Invoke(run, outcome, door);
    }
}
