using System.Text.RegularExpressions;
using MirrorAce.Action.Tests.Support;

namespace MirrorAce.Action.Tests.Metadata;

/// <summary>action.yml against contract.md and against what the entrypoint actually reads.</summary>
public partial class ActionContractTests
{
    private static readonly string[] ContractInputs =
        ["files", "api-key", "api-token", "mirrors", "file-password", "api-url", "if-no-files-found", "release-tag", "github-token"];

    /// <summary>The variables the entrypoint asks for when it reads its settings and masks its secrets.</summary>
    private static SortedSet<string> VariablesTheEntrypointReads()
    {
        var asked = new SortedSet<string>(StringComparer.Ordinal);
        var inputs = new ActionInputs(variable =>
        {
            asked.Add(variable);
            return null;
        });
        ActionSettings.Read(inputs, []);
        SecretMasking.MaskSecretInputs(inputs, new WorkflowCommands(TextWriter.Null));
        return asked;
    }

    [Fact]
    public void Every_declared_input_is_read_by_the_entrypoint_and_every_input_it_reads_is_declared()
    {
        var declared = ActionMetadata.InputNames.Select(ActionInputs.VariableName).Order(StringComparer.Ordinal);

        Assert.Equal(declared, VariablesTheEntrypointReads());
    }

    [Fact]
    public void The_entrypoint_reads_inputs_only_through_ActionInputs_and_only_declared_names()
    {
        var sources = Directory.EnumerateFiles(Repository.PathOf("src/MirrorAce.Action"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

        Assert.Equal(["ActionInputs.cs"], sources.Where(s => s.Value.Contains("\"INPUT_", StringComparison.Ordinal)).Select(s => s.Key));
        var named = sources.Values.SelectMany(text => InputCall().Matches(text).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(ActionMetadata.InputNames.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("""\.Input\("([^"]+)"\)""")]
    private static partial Regex InputCall();

    [Fact]
    public void The_contracts_inputs_and_outputs_are_declared_under_their_fixed_names()
    {
        Assert.Empty(ContractInputs.Except(ActionMetadata.InputNames));
        Assert.Equal(["links", "urls", "markdown"], ActionMetadata.OutputNames);
    }

    [Fact]
    public void Only_the_credentials_are_required_and_defaults_follow_the_contract()
    {
        var required = ActionMetadata.Inputs.Where(p => (bool?)p.Value!["required"] == true).Select(p => p.Key);
        Assert.Equal(["api-key", "api-token"], required);
        // Metadata cannot say "required unless": the entrypoint enforces it (InputValidationTests), the description says it.
        Assert.Contains("Required unless mirror-release-assets or verify is true.", (string?)ActionMetadata.Inputs["files"]!["description"], StringComparison.Ordinal);
        Assert.All(new[] { "dry-run", "mirror-release-assets", "verify", "split" },
            flag => Assert.Equal("false", (string?)ActionMetadata.Inputs[flag]!["default"]));
        Assert.Equal("error", (string?)ActionMetadata.Inputs["if-no-files-found"]!["default"]);
        Assert.Equal("${{ github.token }}", (string?)ActionMetadata.Inputs["github-token"]!["default"]);
        Assert.Equal("https://mirrorace.com/api/v1/", (string?)ActionMetadata.Inputs["api-url"]!["default"]);
        // A default for a secret would put a credential in the repository.
        Assert.All(new[] { "api-key", "api-token", "file-password" },
            secret => Assert.True(string.IsNullOrEmpty((string?)ActionMetadata.Inputs[secret]!["default"])));
    }

    [Fact]
    public void The_action_runs_the_repositorys_Dockerfile()
    {
        var runs = ActionMetadata.Document["runs"]!;

        Assert.Equal("docker", (string?)runs["using"]);
        Assert.Equal("Dockerfile", (string?)runs["image"]);
        Assert.True(File.Exists(Repository.PathOf("Dockerfile")));
    }
}
