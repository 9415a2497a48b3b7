namespace MirrorAce.Action.Tests.Composite.Support;

/// <summary>The tests that install the tool share one packed feed: packing takes a while.</summary>
[CollectionDefinition(Name)]
public sealed class ToolFeedGroup : ICollectionFixture<ToolFeed>
{
    public const string Name = "composite action tool feed";
}
