using System.Text.RegularExpressions;
using MirrorAce.Http;

namespace MirrorAce.GitHub;

/// <summary>
/// The release whose notes get the links: a repository on a GitHub API, the credentials for it, and
/// the release by id (from a <c>release</c> event) or by tag. Create it with <see cref="Resolve"/>.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the token.</remarks>
public sealed partial class ReleaseTarget
{
    /// <summary>GitHub.com's API, used when no API URL is given.</summary>
    public static readonly Uri DefaultApiUrl = new("https://api.github.com/");

    private ReleaseTarget(Uri apiUrl, string owner, string name, string token, string? tag, long? releaseId)
    {
        ApiUrl = apiUrl;
        Owner = owner;
        Name = name;
        Token = token;
        Tag = tag;
        ReleaseId = releaseId;
        Redactor = new SecretRedactor([token]);
    }

    /// <summary>The API root, used as given plus a trailing slash: <c>https://api.github.com/</c>, <c>https://ghes.example.com/api/v3/</c>, <c>https://api.acme.ghe.com/</c>.</summary>
    public Uri ApiUrl { get; }

    /// <summary>The repository's owner.</summary>
    public string Owner { get; }

    /// <summary>The repository's name.</summary>
    public string Name { get; }

    /// <summary><c>owner/name</c>.</summary>
    public string Repository => Owner + "/" + Name;

    /// <summary>The release's tag, when known.</summary>
    public string? Tag { get; }

    /// <summary>The release's id, when a <c>release</c> event gave it; a by-id lookup also finds drafts.</summary>
    public long? ReleaseId { get; }

    /// <summary>What release and where, for messages.</summary>
    public string Description => ReleaseId is { } id && Tag is null ? $"release {id} of {Repository}" : $"release '{Tag}' of {Repository}";

    internal string Token { get; }

    /// <summary>The door's names for the token, repository and tag: GitHub's refusals advise in them.</summary>
    internal DoorTerms Terms { get; private init; } = ActionTerms;

    // The library's first user was the action: its words are the default.
    private static readonly DoorTerms ActionTerms = DoorTerms.CommandLine with { GitHubToken = "github-token", Repository = "GITHUB_REPOSITORY (GitHub Actions sets it)", ReleaseTag = "release-tag" };

    /// <summary>Blanks the token out of what GitHub (or anything between) answers, in any encoding, before it reaches a message.</summary>
    internal SecretRedactor Redactor { get; }

    /// <summary>
    /// Works out which release to write to, as the GitHub Action's contract says: the <paramref name="releaseTag"/>
    /// when given, else the release of the triggering <c>release</c> event, else none.
    /// </summary>
    /// <param name="apiUrl"><c>GITHUB_API_URL</c>; null or empty means <see cref="DefaultApiUrl"/>. Plain http is refused except to loopback.</param>
    /// <param name="repository"><c>GITHUB_REPOSITORY</c>, <c>owner/name</c>.</param>
    /// <param name="token">A token whose job has <c>permissions: contents: write</c>; only checked when there is a release to write to.</param>
    /// <param name="releaseTag">The <c>release-tag</c> input; null or empty to use the event's release.</param>
    /// <param name="eventPath"><c>GITHUB_EVENT_PATH</c>; a payload without a <c>release</c> object (not a release event) is ignored.</param>
    /// <param name="tokenSource">Where the token came from (an input or variable name), for the message that refuses a malformed one.</param>
    /// <param name="terms">The door's names for the token, repository and tag, for the advice of every refusal; null for the action's.</param>
    /// <returns>The target, or null when there is neither a tag nor a release event: release notes are then left alone.</returns>
    /// <exception cref="MirrorAceException">
    /// <see cref="ErrorCodes.InvalidArgument"/> or <see cref="ErrorCodes.InsecureUrl"/> for the API URL,
    /// <see cref="ErrorCodes.InvalidRepository"/>, <see cref="ErrorCodes.BadToken"/> (no token),
    /// <see cref="ErrorCodes.EventPayloadUnreadable"/>, <see cref="ErrorCodes.InvalidTag"/> for a tag Git would refuse,
    /// <see cref="ErrorCodes.MalformedCredentials"/> for a token too short or holding control characters.
    /// </exception>
    public static ReleaseTarget? Resolve(string? apiUrl, string? repository, string? token, string? releaseTag, string? eventPath,
        string tokenSource = "the GitHub token", DoorTerms? terms = null)
    {
        terms ??= ActionTerms;
        var tag = string.IsNullOrWhiteSpace(releaseTag) ? null : releaseTag.Trim();
        (long Id, string? Tag)? fromEvent;
        try
        {
            fromEvent = ReleaseEventPayload.Read(eventPath);
        }
        catch (MirrorAceException) when (tag is not null)
        {
            // The tag is enough; the payload would only have saved a lookup.
            fromEvent = null;
        }

        long? id = null;
        if (tag is null)
        {
            if (fromEvent is not { } release) return null;
            (id, tag) = (release.Id, release.Tag);
        }
        else if (fromEvent is { } release && release.Tag == tag)
        {
            // Same release as the event's: its id also reaches a draft, which the by-tag lookup cannot see.
            id = release.Id;
        }

        // The tag goes into a request path: one Git would refuse (.., control characters) is refused before any request.
        if (tag is not null && GitTagName.Problem(tag) is { } badTag)
        {
            throw new MirrorAceException(ErrorCodes.InvalidTag, $"The release tag '{Printable(tag)}' is not a valid Git tag name: {badTag}",
                "Give the tag of the release exactly as Git shows it (git tag --list), e.g. v1.2.0 or release/v1; nothing was sent to GitHub.");
        }

        var root = GitHubConnectionFactory.ApiRoot(apiUrl);
        var match = repository is null ? null : RepositoryPattern().Match(repository.Trim()) is { Success: true } m ? m : null;
        if (match is null)
        {
            throw new MirrorAceException(ErrorCodes.InvalidRepository, $"The repository '{repository}' is not of the form owner/name",
                $"Set {terms.Repository} to the repository that holds the release, e.g. octo-org/octo-repo.");
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            throw new MirrorAceException(ErrorCodes.BadToken, $"No GitHub token was given to write the notes of {DescribeRelease(tag, id)} in {repository}",
                $"Pass a token in {tokenSource} (in a workflow: ${{{{ github.token }}}}) and give the job 'permissions: contents: write'.");
        }

        var goodToken = CredentialRules.Require(token.Trim(), "GitHub token", tokenSource,
            $"Pass the token GitHub issued (e.g. ${{{{ github.token }}}}) whole and on one line in {tokenSource}; "
            + $"tokens shorter than {CredentialRules.MinimumLength} characters are refused because they could not be kept out of logs.");
        return new ReleaseTarget(root, match.Groups["owner"].Value, match.Groups["name"].Value, goodToken, tag, id) { Terms = terms };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Description} at {UrlDisplay.Show(ApiUrl)}";

    // A refused tag is quoted in one log line: its control characters shown as '?'.
    private static string Printable(string tag) => string.Concat(tag.Select(c => char.IsControl(c) ? '?' : c));

    private static string DescribeRelease(string? tag, long? id) => tag is not null ? $"release '{tag}'" : $"release {id}";

    // Owners: letters, digits, hyphens, and underscores for enterprise managed users; names may also have dots, but are never "." or "..".
    [GeneratedRegex(@"^(?<owner>[A-Za-z0-9_-]+)/(?<name>(?!\.{1,2}$)[A-Za-z0-9._-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryPattern();
}
