using MirrorAce.Tests.Support;

namespace MirrorAce.Tests.Engine;

public class MirrorsAndPasswordTests
{
    [Fact]
    public async Task Without_a_choice_the_accounts_default_mirrors_are_used()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.DefaultMirrors = ["2", "3"]);
        var path = dir.CreateFile("defaults.bin", 10);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        var stored = TestSandbox.AssertStoredIdentically(sandbox, result, path);
        Assert.Equal(["2", "3"], stored.Mirrors.Order());
        Assert.Equal(["2", "3"], result.File!.Mirrors);
    }

    [Fact]
    public async Task Default_mirrors_that_are_disabled_are_left_out()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.DefaultMirrors = ["1", "4"]);
        var path = dir.CreateFile("defaults.bin", 10);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.Equal(["1"], TestSandbox.AssertStoredIdentically(sandbox, result, path).Mirrors);
    }

    [Fact]
    public async Task Chosen_mirrors_are_sent_as_keyed_fields_with_the_id_as_value()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("chosen.bin", 10);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { Mirrors = ["3", "1", "3"] });

        Assert.Equal(["1", "3"], TestSandbox.AssertStoredIdentically(sandbox, result, path).Mirrors.Order());
        var request = Assert.Single(sandbox.ChunkRequests());
        Assert.Equal("3", request.Field("mirrors[3]"));
        Assert.Equal("1", request.Field("mirrors[1]"));
    }

    [Fact]
    public async Task A_file_password_reaches_the_server_with_every_chunk()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxChunkSize = 1000);
        var path = dir.CreateFile("secret.bin", 2500);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path, o => o with { FilePassword = "hunter2-file-pw" });

        Assert.Equal("hunter2-file-pw", TestSandbox.AssertStoredIdentically(sandbox, result, path).Password);
        Assert.All(sandbox.ChunkRequests(), r => Assert.Equal("hunter2-file-pw", r.Field("file_password")));
    }

    [Fact]
    public async Task Without_a_password_the_field_is_not_sent_at_all()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("open.bin", 10);

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.Null(TestSandbox.AssertStoredIdentically(sandbox, result, path).Password);
        Assert.DoesNotContain("file_password", Assert.Single(sandbox.ChunkRequests()).FieldNames());
    }
}
