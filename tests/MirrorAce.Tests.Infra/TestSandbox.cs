using MirrorAce.Sandbox;
using MirrorAce.Sandbox.GitHub;
using MirrorAce.Upload;

namespace MirrorAce.Tests.Infra;

/// <summary>
/// Starts a sandbox per test (the MirrorAce API and the fake GitHub API on one port) and builds uploaders aimed at it
/// with quick retries. Every test project starts its sandboxes here.
/// </summary>
public static class TestSandbox
{
    /// <summary>A strict sandbox: the engine must send what the document asks for, not merely what MirrorAce lets through.</summary>
    public static Task<SandboxServer> StartAsync(Action<SandboxOptions>? configure = null) =>
        Start(new SandboxOptions { Strict = true }, configure);

    /// <summary>A sandbox that lets through what MirrorAce itself lets through, for tests of a door rather than of the wire.</summary>
    public static Task<SandboxServer> StartTolerantAsync(Action<SandboxOptions>? configure = null) =>
        Start(new SandboxOptions(), configure);

    /// <summary>The fake GitHub API's token with contents: write (the same in every sandbox).</summary>
    public static string GitHubWriteToken { get; } = new GitHubSandbox().WriteToken;

    /// <summary>The fake GitHub API's token with contents: read only (the same in every sandbox).</summary>
    public static string GitHubReadOnlyToken { get; } = new GitHubSandbox().ReadOnlyToken;

    private static Task<SandboxServer> Start(SandboxOptions options, Action<SandboxOptions>? configure)
    {
        configure?.Invoke(options);
        return SandboxServer.StartAsync(options);
    }

    public static MirrorAceCredentials Credentials(SandboxServer sandbox) =>
        new(sandbox.Options.ApiKey, sandbox.Options.ApiToken);

    /// <summary>Retries fast enough for tests, still exercising the same paths.</summary>
    public static RetrySettings QuickRetry { get; } = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        StallTimeout = TimeSpan.FromSeconds(2),
        AnswerTimeout = TimeSpan.FromSeconds(3),
    };

    public static MirrorAceUploader Uploader(SandboxServer sandbox, string baseDirectory, Func<UploadOptions, UploadOptions>? configure = null,
        RecordingListener? listener = null)
    {
        var options = new UploadOptions
        {
            ApiUrl = sandbox.ApiUrl,
            BaseDirectory = baseDirectory,
            Retry = QuickRetry,
            Listener = listener,
        };
        return new MirrorAceUploader(Credentials(sandbox), configure?.Invoke(options) ?? options);
    }

    public static async Task<FileUploadResult> UploadOneAsync(SandboxServer sandbox, string baseDirectory, string path,
        Func<UploadOptions, UploadOptions>? configure = null, RecordingListener? listener = null)
    {
        var results = await Uploader(sandbox, baseDirectory, configure, listener).UploadAsync([new UploadRequest(path)]);
        return Assert.Single(results);
    }

    /// <summary>Asserts the upload succeeded and the server holds exactly the local bytes.</summary>
    public static StoredFile AssertStoredIdentically(SandboxServer sandbox, FileUploadResult result, string localPath)
    {
        Assert.True(result.Succeeded, result.Error?.Message);
        var stored = sandbox.FindBySlug(result.File!.Slug);
        Assert.NotNull(stored);
        var localHash = TempDirectory.Sha256Of(localPath);
        Assert.Equal(localHash, stored.Sha256);
        Assert.Equal(localHash, result.File.Sha256);
        Assert.Equal(new FileInfo(localPath).Length, stored.Size);
        if (stored.DiskPath is not null)
            Assert.Equal(localHash, TempDirectory.Sha256Of(stored.DiskPath));
        return stored;
    }
}
