using System.Text;

namespace MirrorAce.Tests.Infra;

/// <summary>What a step left behind: exit code, log, the output file's bytes, the summary.</summary>
public sealed record StepResult(int ExitCode, string StandardOutput, string StandardError, byte[] OutputFile, string Summary)
{
    /// <summary>The outputs, read back as the runner reads the file.</summary>
    public IReadOnlyDictionary<string, string> Outputs => OutputFileReader.Read(Encoding.UTF8.GetString(OutputFile));

    public IEnumerable<string> StdoutLines => StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));

    /// <summary>Workflow command lines (<c>::name ...::data</c>) of the given name.</summary>
    public IReadOnlyList<string> Commands(string name) =>
        StdoutLines.Where(l => l.StartsWith("::" + name + "::", StringComparison.Ordinal) || l.StartsWith("::" + name + " ", StringComparison.Ordinal)).ToList();

    /// <summary>Everything for the assertion message of a failed test.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}\n--- output file\n{Encoding.UTF8.GetString(OutputFile)}";
}
