namespace MirrorAce.Conformance.Tests;

/// <summary>What a door told its user about one run, read from the door's own channels (exit code, log, outputs, items).</summary>
/// <param name="Success">Exit code 0, <c>Execute()</c> true.</param>
/// <param name="Codes">The codes of the errors it reported, in order.</param>
/// <param name="Uploaded">The names of the files it reports on MirrorAce.</param>
/// <param name="Reused">How many of them it reports as reused (not sent again).</param>
/// <param name="Errors">The error messages, as the door printed them.</param>
/// <param name="Log">Everything it printed, for a failed assertion's message.</param>
public sealed record DoorOutcome(bool Success, IReadOnlyList<string> Codes, IReadOnlyList<string> Uploaded, int Reused,
    IReadOnlyList<string> Errors, string Log)
{
    public override string ToString() => Log;
}
