using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Octokit;
using MirrorAce.Upload;

namespace MirrorAce.GitHub;

/// <summary>
/// Writes the links of uploaded files into a GitHub release's notes, in the section described by
/// <see cref="ReleaseNotesSection"/>, without clobbering what people or other jobs wrote.
/// </summary>
/// <example>
/// <code>
/// var target = ReleaseTarget.Resolve(
///     Environment.GetEnvironmentVariable("GITHUB_API_URL"), Environment.GetEnvironmentVariable("GITHUB_REPOSITORY"),
///     githubToken, releaseTag, Environment.GetEnvironmentVariable("GITHUB_EVENT_PATH"));
/// if (target is not null)
/// {
///     var result = await ReleaseNotesPublisher.PublishAsync(target, uploadedFiles, ct);
///     Console.WriteLine(result.Changed ? $"Release notes updated: {result.HtmlUrl}" : "Release notes already list every file.");
/// }
/// </code>
/// </example>
public static class ReleaseNotesPublisher
{
    /// <summary>Merges <paramref name="files"/> into the release's links section with the default options.</summary>
    /// <inheritdoc cref="PublishAsync(ReleaseTarget, IReadOnlyList{UploadedFile}, ReleaseNotesOptions, CancellationToken)"/>
    public static Task<ReleaseNotesResult> PublishAsync(ReleaseTarget target, IReadOnlyList<UploadedFile> files, CancellationToken ct = default) =>
        PublishAsync(target, files, ReleaseNotesOptions.Default, ct);

    /// <summary>
    /// Merges <paramref name="files"/> into the release's links section: new names are added, names already
    /// listed are replaced, other rows and all text outside the section stay. Nothing is written when the
    /// notes already say exactly this.
    /// </summary>
    /// <remarks>
    /// GitHub has no conditional update for releases, so a job that finishes at the same moment can overwrite
    /// our write with a body it read before it. After each write the release is read back after a random
    /// wait; if our rows (name and slug) are missing, they are merged into what is there now and written again,
    /// up to <see cref="ReleaseNotesOptions.MaxWrites"/> times. Every writer does the same, so all rows end up listed.
    /// A row found under our name with a slug we never saw is another job's later upload of a file with the same
    /// name: it is left to win (<see cref="ReleaseNotesResult.Superseded"/>) instead of being fought over.
    /// </remarks>
    /// <param name="target">The release, from <see cref="ReleaseTarget.Resolve"/>.</param>
    /// <param name="files">The uploaded files; several with one name: the last wins. None: nothing is asked of GitHub.</param>
    /// <param name="options">Retry and wait bounds.</param>
    /// <param name="ct">Cancels waiting; a request already sent may still take effect.</param>
    /// <returns>What changed.</returns>
    /// <exception cref="MirrorAceException">
    /// <see cref="GitHubErrorCodes.ReleaseNotFound"/>, <see cref="GitHubErrorCodes.PermissionDenied"/> (the job needs
    /// <c>permissions: contents: write</c>), <see cref="GitHubErrorCodes.BodyTooLong"/> (nothing written),
    /// <see cref="GitHubErrorCodes.ConcurrentEdits"/>, <see cref="GitHubErrorCodes.SectionDamaged"/>,
    /// <see cref="GitHubErrorCodes.BadToken"/>, <see cref="GitHubErrorCodes.RateLimited"/>, <see cref="GitHubErrorCodes.RequestFailed"/>.
    /// </exception>
    public static async Task<ReleaseNotesResult> PublishAsync(ReleaseTarget target, IReadOnlyList<UploadedFile> files,
        ReleaseNotesOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        if (files.Count == 0) return new ReleaseNotesResult(null, target.Tag, null, false, [], [], [], [], 0);

        var client = GitHubConnectionFactory.Create(target);
        var retry = new GitHubRetry(options, target.Redactor);
        var release = await ReleaseLocator.LocateAsync(client, target, retry, ct);
        var rows = new WrittenRows(files);
        var first = ReleaseNotesSection.Merge(release.Body, files);
        if (first.Body == (release.Body ?? "")) return Result(release, first, rows, writes: 0);

        var merge = first;
        for (var writes = 1; ; writes++)
        {
            if (merge.Body.Length > ReleaseNotesSection.MaxBodyLength)
            {
                throw new MirrorAceException(GitHubErrorCodes.BodyTooLong,
                    string.Create(CultureInfo.InvariantCulture,
                        $"With the links section, the notes of {target.Description} would be {merge.Body.Length:N0} characters; GitHub allows {ReleaseNotesSection.MaxBodyLength:N0}"),
                    "Shorten the release notes, or list fewer files in them." + (writes == 1 ? " Nothing was written." : ""));
            }

            rows.BeforeWrite(release.Body);
            await WriteAsync(client, target, release.Id, merge.Body, retry, ct);
            await Task.Delay(SettleDelay(options), ct);
            release = await ReleaseLocator.GetAsync(client, target, release.Id, retry, ct);
            var lost = rows.Lost(release.Body);
            if (lost.Count == 0) return Result(release, first, rows, writes);

            if (writes >= options.MaxWrites)
            {
                throw new MirrorAceException(GitHubErrorCodes.ConcurrentEdits,
                    $"Other writers kept overwriting the notes of {target.Description}: after {writes} writes they still lack {string.Join(", ", lost.Select(f => f.Name))}",
                    "Re-run the job: its files are uploaded and the links are in its outputs; a re-run merges them into the notes again.");
            }

            options.OnNotice?.Invoke($"Another writer replaced the notes of {target.Description}, dropping {lost.Count} of this job's rows; merging them into the notes as they are now (write {writes + 1} of {options.MaxWrites}).");
            merge = ReleaseNotesSection.Merge(release.Body, rows.Pending);
        }
    }

    private static async Task WriteAsync(IGitHubClient client, ReleaseTarget target, long id, string body, GitHubRetry retry, CancellationToken ct)
    {
        try
        {
            // Only the body is set: Octokit leaves null members out, so a draft stays a draft and the name stays.
            var update = new ReleaseUpdate { Body = body };
            await retry.RunAsync("writing the release notes", () => client.Repository.Release.Edit(target.Owner, target.Name, id, update), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            throw GitHubFailures.WhileWriting(ex, target);
        }
    }

    [SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Jitter to spread concurrent writers, not a secret.")]
    private static TimeSpan SettleDelay(ReleaseNotesOptions options)
    {
        var min = options.MinSettleDelay;
        var max = options.MaxSettleDelay < min ? min : options.MaxSettleDelay;
        return min + (max - min) * Random.Shared.NextDouble();
    }

    private static ReleaseNotesResult Result(Release release, SectionMerge first, WrittenRows rows, int writes) =>
        new(release.Id, release.TagName, release.HtmlUrl, writes > 0, first.Added, first.Replaced, first.AlreadyListed, rows.Superseded, writes);
}
