using System.Text.Json.Nodes;

namespace MirrorAce.Action.Tests.Support;

/// <summary>The repository's action.yml, loaded once.</summary>
public static class ActionMetadata
{
    public static JsonObject Document { get; } = YamlToJson.Load(Repository.Read("action.yml"))!.AsObject();

    public static JsonObject Inputs => Document["inputs"]!.AsObject();

    public static IReadOnlyList<string> InputNames => Inputs.Select(p => p.Key).ToList();

    public static IReadOnlyList<string> OutputNames => Document["outputs"]!.AsObject().Select(p => p.Key).ToList();
}
