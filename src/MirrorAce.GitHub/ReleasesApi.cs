using System.Runtime.CompilerServices;

namespace MirrorAce.GitHub;

/// <summary>Picks the transport for <see cref="ReleaseNotesOptions.Transport"/>.</summary>
internal static class ReleasesApi
{
    public static IReleasesApi Create(ReleaseTarget target, ReleaseNotesOptions options)
    {
        // Native AOT compiles IsDynamicCodeSupported as false and drops this branch, so ILC never analyses Octokit
        // (its reflection would warn, and could fail at run time); every other process honours the option.
        if (options.Transport != GitHubTransport.HttpClient && RuntimeFeature.IsDynamicCodeSupported)
        {
            return new OctokitReleasesApi(target);
        }

        return new HttpReleasesApi(target);
    }
}
