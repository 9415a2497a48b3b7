using MirrorAce.Sandbox;

namespace MirrorAce.Tests.SandboxModes;

/// <summary>The faults of the test API, by flag, so a rehearsal can watch the client recover.</summary>
public sealed class Command_line_arms_faults
{
    [Fact]
    public void Specs_read_as_kind_endpoint_request_times_and_stall()
    {
        var (line, error) = SandboxCommandLine.Parse([
            "--fault", "html500:chunk:2", "--fault", "StallBeforeAnswer:file-info:1:3:250", "--fault", "lose-answer-after-commit:server-file",
            "--random-faults", "0.25:7:reset-mid-body,too-many-requests"]);

        Assert.Null(error);
        Assert.Equal(
            [
                new Fault(FaultKind.Html500, Endpoint.Chunk, OnRequest: 2),
                new Fault(FaultKind.StallBeforeAnswer, Endpoint.FileInfo, OnRequest: 1, Times: 3, Duration: TimeSpan.FromMilliseconds(250)),
                new Fault(FaultKind.LoseAnswerAfterCommit, Endpoint.Chunk),
            ],
            line!.Faults);
        Assert.Equal(["0.25:7:reset-mid-body,too-many-requests"], line.RandomFaults);
    }

    [Fact]
    public async Task An_armed_fault_fires_on_its_request()
    {
        var (line, _) = SandboxCommandLine.Parse(["--fault", "status-error:file-upload:2:2"]);
        await using var sandbox = await SandboxServer.StartAsync(line!.Options);
        line.ApplyTo(sandbox);
        using var wire = new Wire(sandbox);

        var outcomes = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var answer = await wire.VariablesAsync();
            outcomes.Add(answer.IsSuccess ? "success" : answer.Error);
        }

        Assert.Equal(["success", "Injected error", "Injected error", "success"], outcomes);
        Assert.Equal([2, 3], sandbox.Faults.History.Select(f => f.Arrival));
    }

    [Theory]
    [InlineData("--fault html500", "Fault 'html500' is not KIND:ENDPOINT[:N[:TIMES[:STALL_MS]]].")]
    [InlineData("--fault html501:chunk", "Unknown fault kind 'html501': one of html500, html200, garbage200, too-many-requests, service-unavailable, reset-mid-body, lose-answer-after-commit, stall-mid-body, stall-before-answer, status-error, expire-key.")]
    [InlineData("--fault html500:chunks", "Unknown endpoint 'chunks': one of file-upload, upload-variables, chunk, server-file, remote, server-remote, file-info.")]
    [InlineData("--fault html500:chunk:0", "Fault 'html500:chunk:0': '0' must be a whole number of at least 1.")]
    [InlineData("--random-faults 1.5:1:html500", "Random faults '1.5:1:html500' are not PROBABILITY:SEED:KIND[,KIND…] with 0 <= PROBABILITY <= 1.")]
    public void A_malformed_spec_is_named(string arguments, string expected)
    {
        var (line, error) = SandboxCommandLine.Parse(arguments.Split(' '));

        Assert.Null(line);
        Assert.Equal(expected, error);
    }
}
