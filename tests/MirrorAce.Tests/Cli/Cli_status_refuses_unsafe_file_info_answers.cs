using System.Text.Json.Nodes;
using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Cli;

/// <summary><c>mirrorace status</c> prints what file/info says: a status, name or url that is not safe to print is refused instead.</summary>
public class Cli_status_refuses_unsafe_file_info_answers
{
    public static TheoryData<string, string> Fields => new()
    {
        { "status", "active\u001b]0;pwned\u0007" },
        { "url", "https://mirrorace.example/m/x\n::warning::pwned" },
        { "name", "app.zip\r##[error]pwned" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task The_status_is_a_coded_MA1034_line_and_nothing_hostile_is_printed(string field, string value)
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("app.zip", 1_000);
        var uploaded = (await TestSandbox.UploadOneAsync(sandbox, dir.Path, path)).File!;
        sandbox.Options.AnswerRewriter = HostileAnswers.SetField(Endpoint.FileInfo, field, JsonValue.Create(value));

        var run = await MirrorAceCli.RunAsync(dir.Path, sandbox, new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" },
            "status", uploaded.Slug, "--api-url", sandbox.ApiUrl.AbsoluteUri);

        Assert.Equal(1, run.ExitCode);
        // A quoted "##[" makes the line fenced with stop-commands; the coded line itself is unchanged.
        Assert.Contains("mirrorace: error MA1034: ", run.StandardError, StringComparison.Ordinal);
        HostileAnswers.AssertPrintable(run.StandardOutput + run.StandardError, "the output");
        Assert.Empty(RunnerLog.Commands(run.StandardOutput + run.StandardError));
    }
}
