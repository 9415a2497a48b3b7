namespace MirrorAce.Tests.Infra;

/// <summary>Reads a process's output as GitHub's runner does, to tell which lines it would run as workflow commands.</summary>
public static class RunnerLog
{
    /// <summary>
    /// The lines the runner would take for commands: <c>::name::</c> after leading white space or <c>##[</c> anywhere,
    /// outside a <c>::stop-commands::TOKEN</c> … <c>::TOKEN::</c> fence (the fence's own lines are left out).
    /// </summary>
    public static IReadOnlyList<string> Commands(string output)
    {
        var commands = new List<string>();
        string? stopToken = null;
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (stopToken is not null)
            {
                if (trimmed == "::" + stopToken + "::") stopToken = null;
                continue;
            }
            if (trimmed.StartsWith("::stop-commands::", StringComparison.Ordinal))
            {
                stopToken = trimmed["::stop-commands::".Length..];
                continue;
            }
            if (trimmed.StartsWith("::", StringComparison.Ordinal) || line.Contains("##[", StringComparison.Ordinal))
                commands.Add(line);
        }
        return commands;
    }
}
