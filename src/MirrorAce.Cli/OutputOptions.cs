using System.CommandLine;

namespace MirrorAce.Cli;

/// <summary>The options every command shares for what reaches the screen: <c>--json</c> and <c>--quiet</c>.</summary>
internal sealed class OutputOptions
{
    public Option<bool> Json { get; } = new("--json") { Description = "Print the results as JSON alone on stdout (the links JSON for upload and mirror); everything else goes to stderr." };
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "No progress or notices; errors still go to stderr." };

    public void AddTo(Command command)
    {
        command.Options.Add(Json);
        command.Options.Add(Quiet);
    }
}
