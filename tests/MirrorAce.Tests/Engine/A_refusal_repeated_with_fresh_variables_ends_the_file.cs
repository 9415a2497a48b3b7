using MirrorAce.Sandbox;

namespace MirrorAce.Tests.Engine;

/// <summary>A server that refuses the chunk again after fresh upload variables is not sent the file again and again. (Found by a review of the engine against the protocol notes.)</summary>
public sealed class A_refusal_repeated_with_fresh_variables_ends_the_file
{
    [Fact]
    public async Task The_same_refusal_with_fresh_variables_ends_the_file_instead_of_resending_it_again_and_again()
    {
        using var dir = new TempDirectory();
        await using var sandbox = await TestSandbox.StartAsync();
        var path = dir.CreateFile("refused.bin", 1000);
        sandbox.Faults.Add(new Fault(FaultKind.StatusError, Endpoint.Chunk, Times: 100));

        var result = await TestSandbox.UploadOneAsync(sandbox, dir.Path, path);

        Assert.Equal(ErrorCodes.ServerRefused, result.Error?.Code);
        Assert.Equal("Injected error", result.Error!.ServerMessage);
        Assert.Equal(4, sandbox.ChunkRequestCount); // twice in place, then once more with fresh variables: twice
    }
}
