namespace MirrorAce.BuildTasks.Tests.EndToEnd;

/// <summary>Real builds run one at a time: the machine has two cores, and each build wants both.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndBuilds
{
    public const string Name = "End to end: real dotnet builds";
}
