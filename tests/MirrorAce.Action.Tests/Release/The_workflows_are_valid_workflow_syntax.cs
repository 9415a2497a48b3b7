using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MirrorAce.Action.Tests.Support;

namespace MirrorAce.Action.Tests.Release;

/// <summary>
/// The workflows cannot run here, so each is checked against a schema of GitHub's workflow syntax: a misspelt
/// key (GitHub ignores some and fails on others, only when a tag is pushed) fails here first.
/// </summary>
public class The_workflows_are_valid_workflow_syntax
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "github-workflow.schema.json"))));

    private static EvaluationResults Evaluate(JsonNode? document) =>
        Schema.Value.Evaluate(JsonSerializer.SerializeToElement(document), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    public static TheoryData<string> Workflows() =>
        [.. Directory.GetFiles(Repository.PathOf(".github/workflows"), "*.yml").Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/')),
         "samples/workflows/release.yml"];

    [Theory]
    [MemberData(nameof(Workflows))]
    public void The_workflow_fits_the_schema(string path)
    {
        var results = Evaluate(YamlToJson.Load(Repository.Read(path)));

        Assert.True(results.IsValid, path + "\n" + Describe(results));
    }

    [Fact]
    public void The_release_workflow_is_the_only_one_that_publishes()
    {
        // publish-image.yml was folded into release.yml: two workflows on one tag would race for the image tags.
        var others = Directory.GetFiles(Repository.PathOf(".github/workflows"))
            .Where(f => Path.GetFileName(f) != "release.yml")
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("docker/build-push-action", StringComparison.Ordinal) ||
                text.Contains("nuget push", StringComparison.Ordinal) || text.Contains("gh release create", StringComparison.Ordinal)));

        Assert.Empty(others.Select(Path.GetFileName));
        Assert.False(File.Exists(Repository.PathOf(".github/workflows/publish-image.yml")));
    }

    [Theory]
    [InlineData("/jobs/build/runs_on", "\"ubuntu-latest\"")] // a misspelt key
    [InlineData("/jobs/publish/permissions/contents", "\"admin\"")] // no such access level
    [InlineData("/jobs/image/permissions/package", "\"write\"")] // the scope is 'packages'
    [InlineData("/jobs/build/steps/0/run", "\"echo\"")] // a step both uses an action and runs a script
    [InlineData("/jobs/build/steps/1/with", "{\"a\":\"b\"}")] // 'with' on a run step
    [InlineData("/jobs/build/steps/0/uses", "\"actions/checkout\"")] // an action without a version
    [InlineData("/jobs/image/outputs/digest", "\"steps.push.outputs.digest\"")] // an output that is not an expression
    [InlineData("/on/push/tag", "[\"v*\"]")] // 'tags', not 'tag'
    public void The_schema_rejects_what_GitHub_would(string location, string replacement)
    {
        var document = YamlToJson.Load(Repository.Read(ReleaseWorkflow.Path))!;
        var parts = location.Trim('/').Split('/');
        var parent = parts[..^1].Aggregate(document, (node, part) => node is JsonArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!);
        parent.AsObject()[parts[^1]] = JsonNode.Parse(replacement);

        Assert.False(Evaluate(document).IsValid, location);
    }
}
