using System.Threading.Channels;
using Microsoft.Build.Utilities;

namespace MirrorAce.BuildTasks;

/// <summary>
/// Carries log lines from the upload threads to the thread that runs <c>Execute</c>. The engine
/// reports progress from thread-pool threads; MSBuild only promises logging from the task's own
/// thread (the out-of-process task host Visual Studio uses forwards events over one pipe), and
/// nothing may be logged once <c>Execute</c> has returned.
/// </summary>
internal sealed class LogPump
{
    private readonly Channel<Action<TaskLoggingHelper>> _queue =
        Channel.CreateUnbounded<Action<TaskLoggingHelper>>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a log call; safe from any thread.</summary>
    public void Post(Action<TaskLoggingHelper> write) => _queue.Writer.TryWrite(write);

    /// <summary>Runs <paramref name="work"/> on the thread pool and writes its log calls here until it ends.</summary>
    public T Run<T>(TaskLoggingHelper log, Func<System.Threading.Tasks.Task<T>> work)
    {
        var running = System.Threading.Tasks.Task.Run(async () =>
        {
            try
            {
                return await work();
            }
            finally
            {
                _queue.Writer.TryComplete();
            }
        });
        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var write))
                write(log);
        }
        return running.GetAwaiter().GetResult();
    }
}
