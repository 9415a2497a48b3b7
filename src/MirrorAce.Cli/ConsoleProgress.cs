using System.Diagnostics;
using MirrorAce.Output;
using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.Cli;

/// <summary>
/// Shows progress: on a terminal one status line redrawn in place, elsewhere (CI logs) the engine's progress lines
/// (<see cref="ProgressLines"/>). Retries, restarts and results always get a line of their own.
/// </summary>
/// <param name="output">Where lines go (the cleaning writer).</param>
/// <param name="live">Whether to redraw one status line in place.</param>
/// <param name="status">Where the status line is drawn: the terminal itself, since its CR is ours; its text is cleaned here.</param>
internal sealed class ConsoleProgress(TextWriter output, bool live, TextWriter? status = null) : IPublishListener
{
    private readonly TextWriter _status = status ?? output;

    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw;
    private int _statusWidth;
    private ProgressLines? _lines;

    private ProgressLines Lines => _lines ??= new ProgressLines(line =>
    {
        if (line.Kind is ProgressLineKind.StageEnd) return;
        WriteLine(line.Kind == ProgressLineKind.Warning ? $"warning {line.Code}: {line.Text}" : line.Text);
    });

    public void OnStageStarted(string title) => Lines.OnStageStarted(title);

    public void OnWarning(string code, string message) => Lines.OnWarning(code, message);

    public void OnFileStarted(string path, long size)
    {
        if (!live) Lines.OnFileStarted(path, size);
    }

    public void OnProgress(UploadProgress progress)
    {
        if (!live)
        {
            Lines.OnProgress(progress);
            return;
        }
        lock (_gate)
        {
            var now = _clock.ElapsedMilliseconds;
            if (now - _lastDraw < 100 && progress.TotalBytes < progress.TotalSize) return;
            _lastDraw = now;
            var rate = progress.TotalBytes / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            DrawStatus($"{Percent(progress.TotalBytes, progress.TotalSize),3}%  {ByteSize.Format(progress.TotalBytes)} of {ByteSize.Format(progress.TotalSize)}  {ByteSize.Format((long)rate)}/s  {progress.Path}");
        }
    }

    public void OnNotice(UploadNotice notice) => Lines.OnNotice(notice);

    public void OnFileFinished(FileUploadResult result) => Lines.OnFileFinished(result);

    /// <summary>Clears the status line so the summary starts on a clean line.</summary>
    public void Finish()
    {
        lock (_gate) ClearStatus();
    }

    private void WriteLine(string line)
    {
        lock (_gate)
        {
            ClearStatus();
            output.WriteLine(line);
        }
    }

    private void DrawStatus(string text)
    {
        var width = Math.Max(20, SafeWindowWidth() - 1);
        text = PrintableText.Clean(text);
        if (text.Length > width) text = text[..width];
        output.Flush();
        _status.Write("\r" + text.PadRight(Math.Max(text.Length, _statusWidth)));
        _statusWidth = text.Length;
        _status.Flush();
    }

    private void ClearStatus()
    {
        if (!live || _statusWidth == 0) return;
        _status.Write("\r" + new string(' ', _statusWidth) + "\r");
        _status.Flush();
        _statusWidth = 0;
    }

    private static int Percent(long part, long whole) => (int)(part * 100 / Math.Max(1, whole));

    private static int SafeWindowWidth()
    {
        try { return Console.WindowWidth > 0 ? Console.WindowWidth : 100; }
        catch (IOException) { return 100; }
    }
}
