using MirrorAce.Publishing;
using MirrorAce.Upload;

namespace MirrorAce.GitHub;

/// <summary>
/// A GitHub release as the engine's publish run sees it (<see cref="IReleaseNotes"/>): read for the rows to reuse and the
/// assets to mirror, written with the run's links. Every door makes it through <see cref="Resolve"/>, from its own inputs.
/// </summary>
public sealed class GitHubRelease : IReleaseNotes
{
    private readonly ReleaseTarget _target;
    private readonly ReleaseNotesOptions _options;

    /// <summary>A release to read and write with <paramref name="options"/> (retries, creation).</summary>
    public GitHubRelease(ReleaseTarget target, ReleaseNotesOptions? options = null)
    {
        _target = target ?? throw new ArgumentNullException(nameof(target));
        _options = options ?? ReleaseNotesOptions.Default;
    }

    /// <summary>
    /// The release a run lists its files in: the one tagged <paramref name="tag"/>, else the triggering release event's, else none.
    /// Checked before anything is sent, so a run that could not write its notes fails before it uploads.
    /// </summary>
    /// <param name="tag">The release's tag; empty for the event's release.</param>
    /// <param name="repository"><c>owner/name</c>.</param>
    /// <param name="apiUrl">The GitHub API root; empty for GitHub.com's.</param>
    /// <param name="token">The token (never shown); <paramref name="terms"/> says where it comes from.</param>
    /// <param name="eventPath"><c>GITHUB_EVENT_PATH</c>, whose release event names a release (a draft's too) by id.</param>
    /// <param name="create">How to create the release when no release has the tag; null to refuse a missing one.</param>
    /// <param name="terms">The door's names, for advice.</param>
    /// <param name="transport">Which client talks to GitHub; the CLI asks for the reflection-free one in both its builds.</param>
    /// <exception cref="MirrorAceException">MA3006 without a token, MA3008 for the repository, MA3011 for the tag, MA1023 for a malformed token, MA1021/MA1022 for the API URL.</exception>
    public static GitHubRelease? Resolve(string? tag, string? repository, string? apiUrl, string? token, string? eventPath, ReleaseCreation? create, DoorTerms terms,
        GitHubTransport transport = GitHubTransport.Automatic)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var target = ReleaseTarget.Resolve(apiUrl, repository, token, tag, eventPath, terms.GitHubToken, terms);
        return target is null ? null : new GitHubRelease(target, ReleaseNotesOptions.Default with { CreateRelease = create, Transport = transport });
    }

    /// <inheritdoc />
    public string Description => _target.Description;

    /// <inheritdoc />
    public async Task<ReleaseSnapshot> ReadAsync(bool withAssets, Action<string> onNotice, CancellationToken cancellationToken)
    {
        var release = await ReleaseNotesReader.ReadAsync(_target, withAssets, _options with { OnNotice = onNotice }, cancellationToken);
        return new ReleaseSnapshot(release.Tag, release.Exists, release.Draft, release.Rows,
            release.Assets.Select(a => new ReleaseAsset(a.Name, a.Size, a.DownloadUrl)).ToList());
    }

    /// <inheritdoc />
    public async Task<ReleaseNotesOutcome> ListAsync(IReadOnlyList<UploadedFile> files, IReadOnlyDictionary<string, string> namesByPath, Action<string> onNotice,
        CancellationToken cancellationToken)
    {
        var result = await ReleaseNotesPublisher.PublishAsync(_target, ReleaseRows.For(files, namesByPath), _options with { OnNotice = onNotice }, cancellationToken);
        return new ReleaseNotesOutcome(result.Tag, result.HtmlUrl, result.Changed, result.Created, result.Added, result.Replaced, result.AlreadyListed, result.Superseded);
    }
}
