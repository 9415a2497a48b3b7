using MirrorAce.Sandbox;
using MirrorAce.Tests.Support;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Hardening;

/// <summary>Issue 12, class 1: dist/x.zip -> /etc/passwd must not publish the runner's file.</summary>
public class A_link_out_of_the_workspace_is_refused_before_anything_is_sent
{
    [Fact]
    public async Task The_run_fails_with_MA1070_naming_the_file_and_sends_no_byte()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var outside = new TempDirectory();
        using var workspace = new TempDirectory();
        var secret = outside.CreateFile("passwd", 100);
        workspace.CreateFile("dist/app.zip", 100);
        File.CreateSymbolicLink(Path.Combine(workspace.Path, "dist", "x.zip"), secret);

        var results = await TestSandbox.Uploader(sandbox, workspace.Path, o => o with { Workspace = workspace.Path })
            .UploadAsync([new UploadRequest("dist/app.zip"), new UploadRequest("dist/x.zip")]);

        Assert.Equal(ErrorCodes.NotAttempted, results[0].Error?.Code);
        var refused = results[1].Error;
        Assert.Equal(ErrorCodes.OutsideWorkspace, refused?.Code);
        Assert.Equal("dist/x.zip", refused!.FilePath);
        Assert.Contains("outside the workspace", refused.Message, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task A_link_inside_the_workspace_is_followed()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var workspace = new TempDirectory();
        var target = workspace.CreateFile("build/app.zip", 100);
        Directory.CreateDirectory(Path.Combine(workspace.Path, "dist"));
        File.CreateSymbolicLink(Path.Combine(workspace.Path, "dist", "app.zip"), target);

        var result = await TestSandbox.UploadOneAsync(sandbox, workspace.Path, "dist/app.zip", o => o with { Workspace = workspace.Path });

        TestSandbox.AssertStoredIdentically(sandbox, result, target);
    }

    [Fact]
    public async Task Without_a_workspace_an_explicit_link_is_the_users_choice()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var outside = new TempDirectory();
        using var here = new TempDirectory();
        var target = outside.CreateFile("app.zip", 100);
        File.CreateSymbolicLink(Path.Combine(here.Path, "app.zip"), target);

        var result = await TestSandbox.UploadOneAsync(sandbox, here.Path, "app.zip");

        TestSandbox.AssertStoredIdentically(sandbox, result, target);
    }
}
