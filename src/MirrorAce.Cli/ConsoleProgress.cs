using System.Diagnostics;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Cli;

/// <summary>
/// Shows progress: on a terminal one status line redrawn in place, elsewhere (CI logs) a plain
/// line per file every 10 %. Retries and restarts always get a line of their own.
/// </summary>
/// <param name="output">Where lines go (the cleaning writer).</param>
/// <param name="live">Whether to redraw one status line in place.</param>
/// <param name="status">Where the status line is drawn: the terminal itself, since its CR is ours; its text is cleaned here.</param>
internal sealed class ConsoleProgress(TextWriter output, bool live, TextWriter? status = null) : IUploadListener
{
    private readonly TextWriter _status = status ?? output;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _lastTenth = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw;
    private int _statusWidth;

    public void OnFileStarted(string path, long size)
    {
        lock (_gate)
        {
            _lastTenth[path] = 0;
            if (!live) output.WriteLine(size > 0 ? $"{path}: uploading {ByteSize.Format(size)}" : $"{path}: asking MirrorAce to fetch it");
        }
    }

    public void OnProgress(UploadProgress progress)
    {
        lock (_gate)
        {
            if (live)
            {
                var now = _clock.ElapsedMilliseconds;
                if (now - _lastDraw < 100 && progress.TotalBytes < progress.TotalSize) return;
                _lastDraw = now;
                var rate = progress.TotalBytes / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
                DrawStatus($"{Percent(progress.TotalBytes, progress.TotalSize),3}%  {ByteSize.Format(progress.TotalBytes)} of {ByteSize.Format(progress.TotalSize)}  {ByteSize.Format((long)rate)}/s  {progress.Path}");
                return;
            }
            var tenth = (int)(progress.FileBytes * 10 / Math.Max(1, progress.FileSize));
            var last = _lastTenth.GetValueOrDefault(progress.Path);
            if (tenth < last) _lastTenth[progress.Path] = tenth; // a restart began again from byte 0
            else if (tenth > last && tenth < 10)
            {
                _lastTenth[progress.Path] = tenth;
                output.WriteLine($"{progress.Path}: {tenth * 10}% ({ByteSize.Format(progress.FileBytes)} of {ByteSize.Format(progress.FileSize)})");
            }
        }
    }

    public void OnNotice(UploadNotice notice) => WriteLine(notice.Path is null ? notice.Message : $"{notice.Path}: {notice.Message}");

    public void OnFileFinished(FileUploadResult result) =>
        WriteLine(result.Succeeded ? $"{result.Path}: done, {result.File.Url}" : $"{result.Path}: failed ({result.Error.Code})");

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
