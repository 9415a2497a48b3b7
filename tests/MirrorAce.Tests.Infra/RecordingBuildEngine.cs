using System.Collections;
using System.Collections.Concurrent;
using Microsoft.Build.Framework;

namespace MirrorAce.Tests.Infra;

/// <summary>The part of MSBuild a task talks to, keeping every event and the thread that raised it.</summary>
public sealed class RecordingBuildEngine : IBuildEngine
{
    public ConcurrentQueue<(BuildEventArgs Event, int Thread)> Events { get; } = new();

    public IReadOnlyList<BuildErrorEventArgs> Errors => Events.Select(e => e.Event).OfType<BuildErrorEventArgs>().ToList();

    public IReadOnlyList<BuildWarningEventArgs> Warnings => Events.Select(e => e.Event).OfType<BuildWarningEventArgs>().ToList();

    public IReadOnlyList<BuildMessageEventArgs> Messages => Events.Select(e => e.Event).OfType<BuildMessageEventArgs>().ToList();

    /// <summary>Every line a user could see, in order.</summary>
    public IEnumerable<string> AllText => Events.Select(e => e.Event.Message ?? "");

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 7;

    public int ColumnNumberOfTaskNode => 5;

    public string ProjectFileOfTaskNode => "/project/MirrorAce.BuildTasks.targets";

    public void LogErrorEvent(BuildErrorEventArgs e) => Events.Enqueue((e, Environment.CurrentManagedThreadId));

    public void LogWarningEvent(BuildWarningEventArgs e) => Events.Enqueue((e, Environment.CurrentManagedThreadId));

    public void LogMessageEvent(BuildMessageEventArgs e) => Events.Enqueue((e, Environment.CurrentManagedThreadId));

    public void LogCustomEvent(CustomBuildEventArgs e) => Events.Enqueue((e, Environment.CurrentManagedThreadId));

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException("The task builds no other project.");
}
