using System.Text.Json.Nodes;
using MirrorAce.Action.Tests.Composite.Support;
using MirrorAce.Action.Tests.Support;

namespace MirrorAce.Action.Tests.Composite;

/// <summary>A workflow switches between the two variants by changing the uses: line only.</summary>
public class The_composite_action_has_the_container_actions_inputs_and_outputs
{
    private static JsonObject Composite => CompositeRun.Metadata;

    [Fact]
    public void Every_input_has_the_container_actions_name_required_flag_and_default()
    {
        static List<string> Shape(JsonObject inputs) => inputs
            .Select(p => $"{p.Key} required={p.Value!["required"]?.ToJsonString()} default={p.Value!["default"]?.ToJsonString()}")
            .ToList();

        Assert.Equal(Shape(ActionMetadata.Inputs), Shape(Composite["inputs"]!.AsObject()));
    }

    [Fact]
    public void Every_output_of_the_container_action_is_declared_and_set_by_a_step()
    {
        var outputs = Composite["outputs"]!.AsObject();
        var stepIds = Composite["runs"]!["steps"]!.AsArray().Select(s => (string?)s!["id"]).ToList();

        Assert.Equal(ActionMetadata.OutputNames, outputs.Select(o => o.Key).ToList());
        foreach (var (name, output) in outputs)
        {
            Assert.Equal((string?)ActionMetadata.Document["outputs"]![name]!["description"], (string?)output!["description"]);
            var value = (string?)output["value"];
            Assert.Matches(@"^\$\{\{ steps\.[\w-]+\.outputs\.[\w-]+ \}\}$", value);
            Assert.Contains(value!.Split('.')[1], stepIds);
        }
    }

    [Fact]
    public void Runs_as_a_composite_whose_every_step_runs_in_bash()
    {
        var runs = Composite["runs"]!.AsObject();

        Assert.Equal("composite", (string?)runs["using"]);
        var steps = runs["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.NotEmpty(steps);
        Assert.All(steps, s =>
        {
            // bash is on every GitHub-hosted runner: Git Bash on Windows.
            Assert.Equal("bash", (string?)s["shell"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)s["run"]), (string?)s["name"]);
        });
    }

    [Fact]
    public void No_expression_is_pasted_into_a_script_and_secrets_reach_only_the_upload_step()
    {
        var steps = Composite["runs"]!["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();

        // An input pasted into run: text would be shell code; through env: it is only ever a value.
        Assert.All(steps, s => Assert.DoesNotContain("${{", (string)s["run"]!, StringComparison.Ordinal));
        var withSecrets = steps.Where(s => s["env"]!.AsObject().Any(e =>
            ((string?)e.Value)?.Contains("inputs.api-key", StringComparison.Ordinal) == true
            || ((string?)e.Value)?.Contains("inputs.api-token", StringComparison.Ordinal) == true
            || ((string?)e.Value)?.Contains("inputs.file-password", StringComparison.Ordinal) == true
            || ((string?)e.Value)?.Contains("inputs.github-token", StringComparison.Ordinal) == true)).ToList();
        var upload = Assert.Single(withSecrets);
        Assert.Equal("upload", (string?)upload["id"]);
        var env = upload["env"]!.AsObject();
        Assert.Equal("${{ inputs.api-key }}", (string?)env["MIRRORACE_API_KEY"]);
        Assert.Equal("${{ inputs.api-token }}", (string?)env["MIRRORACE_API_TOKEN"]);
        // The tool reads the GitHub token from GITHUB_TOKEN only; no option of it takes one.
        Assert.Equal("${{ inputs.github-token }}", (string?)env["GITHUB_TOKEN"]);
        Assert.Contains("--password-env MIRRORACE_FILE_PASSWORD", (string)upload["run"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Conforms_to_the_action_metadata_schema()
    {
        var schema = Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "action-metadata.schema.json")));

        var result = schema.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(Composite),
            new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });

        Assert.True(result.IsValid, string.Join('\n', (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))));
    }
}
