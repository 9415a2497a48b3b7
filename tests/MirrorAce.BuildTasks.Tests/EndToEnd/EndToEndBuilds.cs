namespace MirrorAce.BuildTasks.Tests.EndToEnd;

/// <summary>Real builds run one at a time (the machine has two cores, and each build wants both), all from one packed package.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndBuilds : ICollectionFixture<PackedPackage>
{
    public const string Name = "End to end: real dotnet builds";
}
