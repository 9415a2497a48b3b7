using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MirrorAce.Action.Tests.Support;

namespace MirrorAce.Action.Tests.Packaging;

/// <summary>The sample release workflow is what the README shows users, so it must fit the action.</summary>
public partial class SampleWorkflowTests
{
    private const string SamplePath = "samples/workflows/release.yml";

    private static JsonObject Workflow => YamlToJson.Load(Repository.Read(SamplePath))!.AsObject();

    private static List<JsonObject> Steps => Workflow["jobs"]!.AsObject().Single().Value!["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();

    [Fact]
    public void Runs_when_a_release_is_published()
    {
        Assert.Equal(["published"], Workflow["on"]!["release"]!["types"]!.AsArray().Select(t => (string?)t));
    }

    [Fact]
    public void Uses_the_action_after_checkout_and_pack_with_every_required_input_from_secrets()
    {
        var steps = Steps;
        var action = steps.FindIndex(s => (string?)s["uses"] == "mirrorace/mirrorace-buildtasks@v1");
        Assert.True(action > 0, "the sample must use mirrorace/mirrorace-buildtasks@v1");
        Assert.Contains(steps.Take(action), s => ((string?)s["uses"])?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);
        Assert.Contains(steps.Take(action), s => ((string?)s["run"])?.Contains("dotnet pack", StringComparison.Ordinal) == true);

        var with = steps[action]["with"]!.AsObject();
        Assert.Empty(with.Select(p => p.Key).Except(ActionMetadata.InputNames));
        var required = ActionMetadata.Inputs.Where(p => (bool?)p.Value!["required"] == true).Select(p => p.Key);
        Assert.Empty(required.Except(with.Select(p => p.Key)));
        Assert.Matches(@"^\$\{\{ secrets\.\w+ \}\}$", (string?)with["api-key"]);
        Assert.Matches(@"^\$\{\{ secrets\.\w+ \}\}$", (string?)with["api-token"]);
    }

    [Fact]
    public void The_job_may_edit_the_release_the_action_lists_the_links_in()
    {
        // Many repositories' default token is read-only: without this the notes fail with MA3002.
        var job = Workflow["jobs"]!.AsObject().Single().Value!;

        Assert.Equal("write", (string?)job["permissions"]?["contents"]);
    }

    [Fact]
    public void A_later_step_reads_a_declared_output_of_the_action_step_by_its_id()
    {
        var steps = Steps;
        var action = steps.FindIndex(s => (string?)s["uses"] == "mirrorace/mirrorace-buildtasks@v1");
        var id = (string?)steps[action]["id"];
        Assert.False(string.IsNullOrEmpty(id));

        var later = string.Join('\n', steps.Skip(action + 1).Select(s => s.ToJsonString()));
        var read = OutputReference().Matches(later).Where(m => m.Groups["id"].Value == id).Select(m => m.Groups["output"].Value).ToList();
        Assert.Contains("urls", read);
        Assert.Empty(read.Except(ActionMetadata.OutputNames));
    }

    [GeneratedRegex(@"steps\.(?<id>[\w-]+)\.outputs\.(?<output>[\w-]+)")]
    private static partial Regex OutputReference();

    [Fact]
    public void The_README_section_shows_the_sample_workflow_verbatim()
    {
        var readme = Repository.Read("README.md");

        Assert.Contains("\n## Use in GitHub Actions\n", readme, StringComparison.Ordinal);
        Assert.Contains("```yaml\n" + Repository.Read(SamplePath) + "```\n", readme, StringComparison.Ordinal);
    }
}
