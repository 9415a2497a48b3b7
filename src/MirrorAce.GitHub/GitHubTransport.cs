namespace MirrorAce.GitHub;

/// <summary>How the library talks to GitHub's REST API; set as <see cref="ReleaseNotesOptions.Transport"/>. Both behave the same.</summary>
public enum GitHubTransport
{
    /// <summary>Octokit, except in a Native AOT process (the <c>mirrorace</c> native build), which gets <see cref="HttpClient"/>.</summary>
    Automatic,

    /// <summary>Octokit (the GitHub Action and the MSBuild task). It serialises by reflection, so a Native AOT process uses <see cref="HttpClient"/> instead.</summary>
    Octokit,

    /// <summary><see cref="System.Net.Http.HttpClient"/> with source-generated JSON: no reflection, safe to trim and to compile ahead of time.</summary>
    HttpClient,
}
