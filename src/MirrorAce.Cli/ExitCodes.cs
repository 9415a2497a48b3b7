namespace MirrorAce.Cli;

/// <summary>What the process exit code tells a script.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>At least one file was not uploaded.</summary>
    public const int SomeFilesFailed = 1;
    /// <summary>The command line or environment is wrong; nothing was sent.</summary>
    public const int BadInput = 2;
    /// <summary>Interrupted (Ctrl+C, SIGTERM).</summary>
    public const int Cancelled = 130;
}
