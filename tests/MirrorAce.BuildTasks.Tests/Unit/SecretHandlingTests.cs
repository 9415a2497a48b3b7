using System.Reflection;
using Microsoft.Build.Framework;

namespace MirrorAce.BuildTasks.Tests.Unit;

public sealed class SecretHandlingTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void No_task_parameter_can_carry_a_secret_only_the_names_of_the_variables_that_hold_them()
    {
        // MSBuild records every task parameter in binary and diagnostic logs.
        var parameters = typeof(MirrorAceUpload).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.DeclaringType == typeof(MirrorAceUpload))
            .Select(p => p.Name)
            .ToList();

        Assert.Contains("ApiKeyVariable", parameters);
        Assert.Contains("GitHubTokenVariable", parameters);
        Assert.DoesNotContain(parameters, p =>
            (p.Contains("Key", StringComparison.OrdinalIgnoreCase) || p.Contains("Token", StringComparison.OrdinalIgnoreCase)
             || p.Contains("Password", StringComparison.OrdinalIgnoreCase) || p.Contains("Secret", StringComparison.OrdinalIgnoreCase))
            && !p.EndsWith("Variable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_the_task_logs_or_writes_contains_the_credentials_on_success_or_failure()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        _folder.CreateFile("a.bin", 1_000);
        _folder.CreateFile("b.bin", 1_000);
        var task = TaskHarness.CreateTask(sandbox, _folder, _engine, TaskHarness.Item("a.bin"), TaskHarness.Item("b.bin"));
        task.Parallel = 1;
        task.LinksFile = Path.Combine(_folder.Path, "links.json");
        // A refusal for the second file: its error quotes the server.
        sandbox.Faults.Add(new Sandbox.Fault(Sandbox.FaultKind.StatusError, Sandbox.Endpoint.UploadVariables, OnRequest: 3, Times: 100));

        task.Execute();

        var everything = string.Join("\n", _engine.Events.Select(e => e.Event switch
        {
            BuildErrorEventArgs error => $"{error.Code} {error.File} {error.Message}",
            BuildWarningEventArgs warning => $"{warning.Code} {warning.File} {warning.Message}",
            var other => other.Message,
        })) + File.ReadAllText(task.LinksFile)
           + string.Join("\n", task.UploadedFiles.SelectMany(i => i.MetadataNames.Cast<string>().Select(i.GetMetadata)));
        Assert.Contains("a.bin", everything, StringComparison.Ordinal);
        Assert.Contains(ErrorCodes.ServerRefused, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(TaskHarness.ApiKey, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(TaskHarness.ApiToken, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_GitHub_token_appears_nowhere_in_what_the_task_logs_or_returns_whether_GitHub_accepts_it_or_not()
    {
        await using var sandbox = await TaskHarness.StartSandboxAsync();
        sandbox.GitHub.AddRelease(TaskHarness.GitHubRepository, "v1.2", "Notes.\n");
        _folder.CreateFile("a.bin", 1_000);
        _folder.CreateFile("b.bin", 1_000);
        var everything = new List<string>();
        // A file of its own per build: the second build has something to add, so GitHub is asked to write.
        foreach (var (variable, file) in new[] { (TaskHarness.GitHubWriteTokenVariable, "a.bin"), (TaskHarness.GitHubReadOnlyTokenVariable, "b.bin") })
        {
            var engine = new RecordingBuildEngine();
            var task = TaskHarness.CreateTask(sandbox, _folder, engine, TaskHarness.Item(file));
            TaskHarness.WriteReleaseNotes(task, sandbox, "v1.2", variable);
            task.Execute();
            everything.AddRange(engine.Events.Select(e => e.Event switch
            {
                BuildErrorEventArgs error => $"{error.Code} {error.File} {error.Message}",
                var other => other.Message ?? "",
            }));
            everything.AddRange(task.UploadedFiles.SelectMany(i => i.MetadataNames.Cast<string>().Select(i.GetMetadata)));
        }

        var text = string.Join("\n", everything);
        // Both paths ran: a summary of the notes written, and the refusal quoting GitHub.
        Assert.Contains("Release notes of release v1.2: 1 added", text, StringComparison.Ordinal);
        Assert.Contains(ErrorCodes.PermissionDenied, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TaskHarness.GitHubWriteToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TaskHarness.GitHubReadOnlyToken, text, StringComparison.Ordinal);
    }
}
