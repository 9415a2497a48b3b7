using System.Text;
using MirrorAce.Output;

namespace MirrorAce.Cli;

/// <summary>
/// What every line the CLI prints passes through: file names and the server's words are not ours, so control
/// characters (escape sequences, carriage returns, bells, text-direction overrides) are replaced, and under
/// GitHub Actions (<c>GITHUB_ACTIONS=true</c>) a line the runner would read as a workflow command is fenced
/// with stop-commands and a random token, which the text itself cannot end.
/// </summary>
/// <remarks>Text is written out a whole line at a time, so a line is judged whole; <see cref="RawError"/> is for the CLI's own status line.</remarks>
internal sealed class SafeConsoleWriter(TextWriter inner, bool fenceCommands) : TextWriter
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    /// <summary>The terminal's own stderr once <see cref="Install"/> ran, for the live status line (progress is not a result); null before.</summary>
    public static TextWriter? RawError { get; private set; }

    /// <summary>Routes <see cref="Console.Out"/> and <see cref="Console.Error"/> through this writer.</summary>
    public static (SafeConsoleWriter Out, SafeConsoleWriter Error) Install()
    {
        var fence = string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);
        var output = new SafeConsoleWriter(Console.Out, fence);
        var error = new SafeConsoleWriter(Console.Error, fence);
        RawError = Console.Error;
        Console.SetOut(output);
        Console.SetError(error);
        return (output, error);
    }

    public override void Write(char value)
    {
        lock (_gate) Append(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        lock (_gate)
        {
            foreach (var c in value) Append(c);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush()
    {
        lock (_gate) inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_gate)
            {
                if (_line.Length > 0) EmitLine();
                inner.Flush();
            }
        }
        base.Dispose(disposing);
    }

    private void Append(char c)
    {
        if (c == '\n') EmitLine();
        else _line.Append(c);
    }

    private void EmitLine()
    {
        if (_line.Length > 0 && _line[^1] == '\r') _line.Length--;
        var text = PrintableText.Clean(_line.ToString());
        _line.Clear();
        if (fenceCommands && PrintableText.LooksLikeWorkflowCommand(text))
        {
            var token = Guid.NewGuid().ToString("N");
            inner.Write("::stop-commands::" + token + "\n" + text + "\n::" + token + "::\n");
        }
        else
        {
            inner.Write(text + "\n");
        }
        inner.Flush();
    }
}
