using MirrorAce.Sandbox;

namespace MirrorAce.GitHub.Tests.Support;

/// <summary>Release targets aimed at a sandbox, and publisher options quick enough for tests.</summary>
public static class GitHubTargets
{
    public const string Repository = "octo-org/octo-app";

    /// <summary>Same paths as the defaults, shorter waits: the settle wait is what most tests would spend their time on.</summary>
    public static ReleaseNotesOptions Quick { get; } = new()
    {
        MinSettleDelay = TimeSpan.FromMilliseconds(10),
        MaxSettleDelay = TimeSpan.FromMilliseconds(60),
        TransientDelay = TimeSpan.FromMilliseconds(50),
    };

    public static ReleaseTarget ByTag(SandboxServer sandbox, string tag, string? token = null, bool enterprise = false) =>
        ReleaseTarget.Resolve(ApiUrl(sandbox, enterprise), Repository, token ?? sandbox.GitHub.WriteToken, tag, eventPath: null)!;

    /// <summary>GITHUB_API_URL as Actions gives it: without the trailing slash.</summary>
    public static string ApiUrl(SandboxServer sandbox, bool enterprise = false) =>
        (enterprise ? sandbox.GitHubEnterpriseApiUrl : sandbox.GitHubApiUrl).AbsoluteUri.TrimEnd('/');
}
