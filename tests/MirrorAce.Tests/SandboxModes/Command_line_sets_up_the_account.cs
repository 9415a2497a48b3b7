using MirrorAce.Sandbox;

namespace MirrorAce.Tests.SandboxModes;

/// <summary>A release is rehearsed against an account like the user's: sparse mirror ids, one disabled, its own limits and credentials.</summary>
public sealed class Command_line_sets_up_the_account
{
    [Fact]
    public async Task The_variables_advertise_the_account_and_uploads_are_checked_against_it()
    {
        var (line, error) = SandboxCommandLine.Parse([
            "--mirrors", "13,63,42:off", "--default-mirrors", "63", "--max-mirrors", "2",
            "--max-chunk-size", "1000", "--max-file-size", "5000", "--api-key", "rehearsal-key", "--api-token", "rehearsal-token", "--strict"]);
        Assert.Null(error);
        await using var sandbox = await SandboxServer.StartAsync(line!.Options);
        using var wire = new Wire(sandbox);

        var variables = (await wire.VariablesAsync()).Result;
        Assert.Equal("""{"13":true,"63":true,"42":false}""", variables.GetProperty("mirrors").GetRawText());
        Assert.Equal("""["63"]""", variables.GetProperty("default_mirrors").GetRawText());
        Assert.Equal("2", variables.GetProperty("max_mirrors").GetString());
        Assert.Equal("1000", variables.GetProperty("max_chunk_size").GetString());
        Assert.Equal("5000", variables.GetProperty("max_file_size").GetString());
        Assert.True(sandbox.Options.Strict);

        var disabled = await wire.ChunkAsync(await wire.FreshVariablesAsync(), Wire.Bytes(10), "a.bin", "bytes 0-9/10", ("mirrors[42]", "42"));
        Assert.Equal("Mirror 42 is not enabled for this account.", disabled.Error);
        var file = Wire.Bytes(10);
        var stored = wire.AssertStored(await wire.ChunkAsync(await wire.FreshVariablesAsync(), file, "a.bin", "bytes 0-9/10", ("mirrors[63]", "63"), ("mirrors[13]", "13")), file);
        Assert.Equal(["63", "13"], stored.Mirrors);
    }

    [Fact]
    public async Task Only_the_credentials_given_are_accepted()
    {
        var (line, _) = SandboxCommandLine.Parse(["--api-key", "rehearsal-key", "--api-token", "rehearsal-token"]);
        await using var sandbox = await SandboxServer.StartAsync(line!.Options);
        using var http = new HttpClient();

        using var withDefaults = await http.PostAsync(new Uri(sandbox.ApiUrl, "file/upload"), new FormUrlEncodedContent(
            [new("api_key", "sandbox-api-key"), new("api_token", "sandbox-api-token")]));
        using var withGiven = await http.PostAsync(new Uri(sandbox.ApiUrl, "file/upload"), new FormUrlEncodedContent(
            [new("api_key", "rehearsal-key"), new("api_token", "rehearsal-token")]));

        Assert.Equal("""{"status":"error","result":"Invalid API key or token."}""", await withDefaults.Content.ReadAsStringAsync());
        Assert.StartsWith("""{"status":"success",""", await withGiven.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_default_mirrors_the_enabled_ones_up_to_max_mirrors_are_the_defaults()
    {
        var (line, error) = SandboxCommandLine.Parse(["--mirrors", "13,42:off,63,7", "--max-mirrors", "2"]);

        Assert.Null(error);
        Assert.Equal(["13", "63"], line!.Options.DefaultMirrors);
        Assert.False(line.Options.Strict);
        Assert.Equal("Account: mirrors 13,42:off,63,7; default_mirrors 13,63; max_mirrors 2; max_chunk_size 99999988; max_file_size 10737418240.", line.DescribeAccount());
    }

    [Theory]
    [InlineData("--mirrors 13,x", "--mirrors wants ids like 13,63,42:off (got 'x').")]
    [InlineData("--mirrors 13,13:off", "--mirrors lists mirror 13 twice.")]
    [InlineData("--mirrors 13,63 --default-mirrors 13,7", "--default-mirrors names mirror 7, which is not among the account's mirrors (13,63).")]
    [InlineData("--max-file-size 0", "--max-file-size wants a whole number from 1 to 9223372036854775807 (got '0').")]
    [InlineData("--max-mirrors", "--max-mirrors needs a value.")]
    [InlineData("--frobnicate 1", "Unknown option '--frobnicate'.")]
    public void A_mistake_is_named(string arguments, string expected)
    {
        var (line, error) = SandboxCommandLine.Parse(arguments.Split(' '));

        Assert.Null(line);
        Assert.Equal(expected, error);
    }
}
