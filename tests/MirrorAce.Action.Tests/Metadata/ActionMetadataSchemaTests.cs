using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MirrorAce.Action.Tests.Support;

namespace MirrorAce.Action.Tests.Metadata;

public class ActionMetadataSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "action-metadata.schema.json"))));

    private static EvaluationResults Evaluate(JsonNode? document) =>
        Schema.Value.Evaluate(JsonSerializer.SerializeToElement(document), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    [Fact]
    public void Action_yml_is_valid_action_metadata()
    {
        var results = Evaluate(ActionMetadata.Document);

        Assert.True(results.IsValid, Describe(results));
    }

    [Theory]
    [InlineData("runs", "{\"using\":\"docker\"}")] // a Docker action without its image
    [InlineData("runs", "{\"using\":\"node16\",\"main\":\"index.js\"}")] // a runtime GitHub no longer offers
    [InlineData("inputs", "{\"files\":{\"required\":true}}")] // an input without a description
    [InlineData("inputs", "{\"parallel\":{\"description\":\"d\",\"default\":2}}")] // an unquoted number as default
    [InlineData("inputs", "{\"files\":{\"description\":\"d\",\"required\":\"yes\"}}")] // required is a boolean
    [InlineData("outputs", "{\"links\":{\"value\":\"x\"}}")] // an output without a description
    [InlineData("description", "null")]
    public void The_schema_rejects_metadata_that_breaks_the_rules(string property, string replacement)
    {
        var document = ActionMetadata.Document.DeepClone().AsObject();
        document[property] = JsonNode.Parse(replacement);

        Assert.False(Evaluate(document).IsValid);
    }

    [Fact]
    public void Unquoted_yaml_booleans_and_numbers_reach_the_schema_typed()
    {
        var document = YamlToJson.Load("a: true\nb: '2'\nc: 2\non: push\n")!.AsObject();

        Assert.Equal(JsonValueKind.True, document["a"]!.GetValueKind());
        Assert.Equal(JsonValueKind.String, document["b"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Number, document["c"]!.GetValueKind());
        // YAML 1.2: 'on' is a key like any other, not the boolean of YAML 1.1 (workflows depend on it).
        Assert.Equal("push", (string?)document["on"]);
    }
}
