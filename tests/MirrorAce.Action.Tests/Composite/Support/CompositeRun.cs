using System.Collections;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CliWrap;
using CliWrap.Buffered;
using MirrorAce.Action.Tests.Support;

namespace MirrorAce.Action.Tests.Composite.Support;

/// <summary>
/// Runs composite/action.yml as a Linux runner does: each step's <c>env</c> evaluated (inputs with their
/// defaults, earlier steps' outputs, github.* and runner.*), its <c>run</c> text written to a file and run
/// with <c>bash --noprofile --norc -eo pipefail</c>, fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files
/// read back the runner's way, the first failing step ending the action. An expression this class does
/// not know fails the test instead of being guessed at.
/// </summary>
public sealed partial class CompositeRun : IDisposable
{
    private readonly TempDirectory _runner = new();

    public static JsonObject Metadata => YamlToJson.Load(Repository.Read("composite/action.yml"))!.AsObject();

    /// <summary>The checked-out repository; steps run here.</summary>
    public TempDirectory Workspace { get; } = new();

    /// <summary>The <c>with:</c> of the step that uses the action.</summary>
    public Dictionary<string, string> Inputs { get; } = new(StringComparer.Ordinal);

    /// <summary>Variables of the job (or the <c>env:</c> of the step that uses the action).</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>github.action_ref: the tag, branch or commit the workflow names after @.</summary>
    public string ActionRef { get; set; } = "v1";

    public string EventName { get; set; } = "push";

    /// <summary>GITHUB_ACTION_PATH: where the runner checked the action out; by default the repository's composite folder.</summary>
    public string ActionPath { get; set; } = Repository.PathOf("composite");

    public string RunnerTemp => Path.Combine(_runner.Path, "_temp");

    public async Task<CompositeResult> RunAsync(CancellationToken ct = default)
    {
        Directory.CreateDirectory(RunnerTemp);
        var metadata = Metadata;
        var steps = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var log = new StringBuilder();
        var summary = new StringBuilder();
        var ran = new List<string>();
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var step in metadata["runs"]!["steps"]!.AsArray().Select(s => s!.AsObject()))
        {
            var id = (string?)step["id"] ?? $"__{index}";
            index++;
            Assert.Equal("bash", (string?)step["shell"]);
            var script = Path.Combine(_runner.Path, $"step-{index}.sh");
            await File.WriteAllTextAsync(script, (string)step["run"]!, ct);
            var output = Path.Combine(_runner.Path, $"output-{index}");
            var stepSummary = Path.Combine(_runner.Path, $"summary-{index}");
            await File.WriteAllTextAsync(output, "", ct);
            await File.WriteAllTextAsync(stepSummary, "", ct);

            var env = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (DictionaryEntry variable in System.Environment.GetEnvironmentVariables())
            {
                var name = (string)variable.Key;
                if (name.StartsWith("GITHUB_", StringComparison.Ordinal) || name.StartsWith("INPUT_", StringComparison.Ordinal)
                    || name.StartsWith("MIRRORACE_", StringComparison.Ordinal) || name.StartsWith("RUNNER_", StringComparison.Ordinal))
                    env[name] = null;
            }
            foreach (var (name, value) in Environment) env[name] = value;
            env["CI"] = "true";
            env["GITHUB_ACTIONS"] = "true";
            env["GITHUB_EVENT_NAME"] = EventName;
            env["GITHUB_WORKSPACE"] = Workspace.Path;
            env["GITHUB_ACTION_PATH"] = ActionPath;
            env["GITHUB_OUTPUT"] = output;
            env["GITHUB_STEP_SUMMARY"] = stepSummary;
            env["RUNNER_TEMP"] = RunnerTemp;
            env["RUNNER_OS"] = "Linux";
            // The tool's per-user upload cache stays in this run's folder, never the real user's.
            env["XDG_CACHE_HOME"] = Path.Combine(_runner.Path, "cache");
            env["DOTNET_NOLOGO"] = "1";
            env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            foreach (var (name, value) in step["env"]?.AsObject() ?? [])
                env[name] = Evaluate(value is null ? "" : value.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string)value! : value.ToJsonString(), steps);

            var result = await Cli.Wrap("bash").WithArguments(["--noprofile", "--norc", "-eo", "pipefail", script])
                .WithWorkingDirectory(Workspace.Path)
                .WithEnvironmentVariables(env)
                .WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(ct);
            ran.Add(id);
            log.Append(result.StandardOutput).Append(result.StandardError);
            raw[id] = await File.ReadAllTextAsync(output, ct);
            steps[id] = OutputFileReader.Read(raw[id]);
            summary.Append(await File.ReadAllTextAsync(stepSummary, ct));
            if (result.ExitCode != 0)
                return new CompositeResult(result.ExitCode, id, ran, log.ToString(), ActionOutputs(metadata, steps), summary.ToString(), steps, raw);
        }
        return new CompositeResult(0, null, ran, log.ToString(), ActionOutputs(metadata, steps), summary.ToString(), steps, raw);
    }

    private Dictionary<string, string> ActionOutputs(JsonObject metadata, Dictionary<string, IReadOnlyDictionary<string, string>> steps) =>
        metadata["outputs"]!.AsObject().ToDictionary(o => o.Key, o => Evaluate((string)o.Value!["value"]!, steps), StringComparer.Ordinal);

    /// <summary>Replaces each <c>${{ … }}</c> the way the runner would, for the expressions the action may use.</summary>
    private string Evaluate(string text, Dictionary<string, IReadOnlyDictionary<string, string>> steps) =>
        Expression().Replace(text, m =>
        {
            var expression = m.Groups["e"].Value;
            var parts = expression.Split('.');
            return parts switch
            {
                ["inputs", var name] => Input(name, steps),
                ["steps", var id, "outputs", var name] => steps.TryGetValue(id, out var o) && o.TryGetValue(name, out var v) ? v : "",
                ["github", "action_ref"] => ActionRef,
                ["github", "token"] => "ghs_composite_test_token_0123456789",
                ["runner", "temp"] => RunnerTemp,
                ["runner", "os"] => "Linux",
                _ => throw new NotSupportedException($"The test runner does not evaluate '${{{{ {expression} }}}}'."),
            };
        });

    private string Input(string name, Dictionary<string, IReadOnlyDictionary<string, string>> steps)
    {
        var declared = Metadata["inputs"]!.AsObject();
        Assert.True(declared.ContainsKey(name), $"The action reads the undeclared input '{name}'.");
        if (Inputs.TryGetValue(name, out var given)) return given;
        return declared[name]!["default"] is { } d ? Evaluate((string)d!, steps) : "";
    }

    [GeneratedRegex(@"\$\{\{\s*(?<e>[^}]+?)\s*\}\}")]
    private static partial Regex Expression();

    public void Dispose()
    {
        Workspace.Dispose();
        _runner.Dispose();
    }
}

/// <param name="ExitCode">The failing step's exit code, or 0.</param>
/// <param name="FailedStep">The id of the step that failed, or null.</param>
/// <param name="StepsRun">The ids of the steps that ran, in order.</param>
/// <param name="Log">What the steps printed, stdout and stderr.</param>
/// <param name="Outputs">The action's outputs, as a later step of the job would read them.</param>
/// <param name="Summary">What the steps added to the step summary.</param>
/// <param name="StepOutputs">Each step's outputs, by step id.</param>
/// <param name="OutputFiles">Each step's GITHUB_OUTPUT file as the step wrote it, by step id.</param>
public sealed record CompositeResult(int ExitCode, string? FailedStep, IReadOnlyList<string> StepsRun, string Log,
    IReadOnlyDictionary<string, string> Outputs, string Summary, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> StepOutputs,
    IReadOnlyDictionary<string, string> OutputFiles);
