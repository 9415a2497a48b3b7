namespace MirrorAce.Sandbox.GitHub;

/// <summary>One request to the GitHub API of the sandbox, as it arrived and as it was answered.</summary>
/// <param name="Method">GET, PATCH…</param>
/// <param name="Path">The path exactly as requested, prefix included (<c>/api/v3/repos/…</c> or <c>/github/repos/…</c>).</param>
/// <param name="Query">The query string with its <c>?</c>, or empty.</param>
/// <param name="Authorization">The <c>Authorization</c> header (sandbox tokens are not secrets), or null.</param>
/// <param name="ContentType">The request's <c>Content-Type</c>, or null.</param>
/// <param name="Body">The request body as text, or null when there was none.</param>
/// <param name="Status">The HTTP status answered.</param>
/// <param name="Fault">The injected fault that answered it, if any.</param>
public sealed record GitHubRequest(string Method, string Path, string Query, string? Authorization, string? ContentType, string? Body, int Status, GitHubFault? Fault);
