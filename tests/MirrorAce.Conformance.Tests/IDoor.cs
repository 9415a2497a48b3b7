namespace MirrorAce.Conformance.Tests;

/// <summary>One way in to a publish run, driven as its users drive it; it translates a scenario into its own inputs.</summary>
public interface IDoor
{
    string Name { get; }

    /// <summary>How this door names the setting that splits a file too large for the account.</summary>
    string SplitSetting { get; }

    Task<DoorOutcome> RunAsync(Scenario scenario, ScenarioRun run);
}
