using MirrorAce.Sandbox;

namespace MirrorAce.Conformance.Tests;

/// <summary>One row of the table: the input, said once for every door, and the outcome every door must report.</summary>
/// <param name="Name">The row's name in the test's name.</param>
public sealed record Scenario(string Name)
{
    /// <summary>The sandbox's account limits.</summary>
    public Action<SandboxOptions>? Sandbox { get; init; }

    /// <summary>Makes the files (and release) the scenario needs.</summary>
    public required Action<ScenarioRun> Arrange { get; init; }

    /// <summary>Paths and folders relative to the workspace.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>Where the links JSON goes, relative to the workspace (the action's GITHUB_OUTPUT); null for none.</summary>
    public string? LinksFile { get; init; }

    /// <summary>The release to list the files in.</summary>
    public string? ReleaseTag { get; init; }

    /// <summary>How many times the door runs, sharing the per-user cache; the outcome is the last run's.</summary>
    public int Runs { get; init; } = 1;

    public required bool Succeeds { get; init; }

    /// <summary>The codes reported, each once or more, and no other.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>The names reported on MirrorAce.</summary>
    public IReadOnlyList<string> Uploaded { get; init; } = [];

    public int Reused { get; init; }

    /// <summary>What the sandbox received and the door said besides, checked after the table's columns.</summary>
    public Action<ScenarioRun, DoorOutcome, IDoor>? Then { get; init; }

    public override string ToString() => Name;
}
