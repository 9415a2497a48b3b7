using System.Diagnostics.CodeAnalysis;
using System.Globalization;
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
    /// <param name="options">Retry and wait bounds, and whether to create a missing release (<see cref="ReleaseNotesOptions.CreateRelease"/>).</param>
    /// <param name="ct">Cancels waiting; a request already sent may still take effect.</param>
    /// <returns>What changed.</returns>
    /// <exception cref="MirrorAceException">
    /// <see cref="ErrorCodes.ReleaseNotFound"/>, <see cref="ErrorCodes.PermissionDenied"/> (the job needs
    /// <c>permissions: contents: write</c>), <see cref="ErrorCodes.BodyTooLong"/> (nothing written),
    /// <see cref="ErrorCodes.ConcurrentEdits"/>, <see cref="ErrorCodes.SectionDamaged"/>,
    /// <see cref="ErrorCodes.BadToken"/>, <see cref="ErrorCodes.RateLimited"/>, <see cref="ErrorCodes.RequestFailed"/>;
    /// with create-release also <see cref="ErrorCodes.CreateFailed"/> and <see cref="ErrorCodes.DuplicateDraft"/>.
    /// </exception>
    public static async Task<ReleaseNotesResult> PublishAsync(ReleaseTarget target, IReadOnlyList<UploadedFile> files,
        ReleaseNotesOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        if (files.Count == 0) return new ReleaseNotesResult(null, target.Tag, null, false, [], [], [], [], 0);

        using var api = ReleasesApi.Create(target, options);
        var retry = new GitHubRetry(options, target.Redactor);
        var rows = new WrittenRows(files);
        var creation = target.ReleaseId is null ? options.CreateRelease : null;
        var release = creation is null
            ? await ReleaseLocator.LocateAsync(api, target, retry, ct)
            : await ReleaseLocator.FindAsync(api, target, retry, ct);
        ReleaseCreator.Outcome? outcome = null;
        if (release is null)
        {
            var fresh = ReleaseNotesSection.Merge(null, files);
            if (fresh.Body.Length > ReleaseNotesSection.MaxBodyLength) throw TooLong(target, fresh.Body.Length, writes: 1);
            outcome = await ReleaseCreator.CreateOrJoinAsync(api, target, creation!, fresh.Body, retry, options.OnNotice, ct);
            release = outcome.Release;
            if (outcome.Created)
            {
                // The creation was this job's first write: read it back like any other, a racing writer may follow.
                rows.BeforeWrite(null);
                var done = await SettleAndCheckAsync(api, target, release, rows, fresh, writes: 1, options, retry, ct);
                if (done.Result is { } created) return created with { Created = true };
                release = done.Release;
                return await WriteLoopAsync(api, target, release, rows, fresh, ReleaseNotesSection.Merge(release.Body, rows.Pending), firstWrite: 2, options, retry, ct) with { Created = true };
            }
        }

        var first = ReleaseNotesSection.Merge(release.Body, files);
        var result = first.Body == (release.Body ?? "")
            ? Result(release, first, rows, writes: 0)
            : await WriteLoopAsync(api, target, release, rows, first, first, firstWrite: 1, options, retry, ct);
        if (outcome?.LostDraft is { } lost) await ReleaseCreator.DeleteLostDraftAsync(api, target, lost, retry, ct);
        return result;
    }

    private static async Task<ReleaseNotesResult> WriteLoopAsync(IReleasesApi api, ReleaseTarget target, ReleaseRecord release, WrittenRows rows,
        SectionMerge first, SectionMerge merge, int firstWrite, ReleaseNotesOptions options, GitHubRetry retry, CancellationToken ct)
    {
        for (var writes = firstWrite; ; writes++)
        {
            if (merge.Body.Length > ReleaseNotesSection.MaxBodyLength) throw TooLong(target, merge.Body.Length, writes);

            rows.BeforeWrite(release.Body);
            await WriteAsync(api, target, release.Id, merge.Body, retry, ct);
            var done = await SettleAndCheckAsync(api, target, release, rows, first, writes, options, retry, ct);
            if (done.Result is { } result) return result;
            release = done.Release;
            merge = ReleaseNotesSection.Merge(release.Body, rows.Pending);
        }
    }

    /// <summary>Waits, reads the release back and tells whether our rows stuck (a result) or which release to merge into again.</summary>
    private static async Task<(ReleaseNotesResult? Result, ReleaseRecord Release)> SettleAndCheckAsync(IReleasesApi api, ReleaseTarget target, ReleaseRecord release,
        WrittenRows rows, SectionMerge first, int writes, ReleaseNotesOptions options, GitHubRetry retry, CancellationToken ct)
    {
        await Task.Delay(SettleDelay(options), ct);
        release = await ReleaseLocator.GetAsync(api, target, release.Id, retry, ct);
        var lost = rows.Lost(release.Body);
        if (lost.Count == 0) return (Result(release, first, rows, writes), release);

        if (writes >= options.MaxWrites)
        {
            throw new MirrorAceException(ErrorCodes.ConcurrentEdits,
                $"Other writers kept overwriting the notes of {target.Description}: after {writes} writes they still lack {string.Join(", ", lost.Select(f => f.Name))}",
                "Re-run the job: its files are uploaded and the links are in its outputs; a re-run merges them into the notes again.");
        }

        options.OnNotice?.Invoke($"Another writer replaced the notes of {target.Description}, dropping {lost.Count} of this job's rows; merging them into the notes as they are now (write {writes + 1} of {options.MaxWrites}).");
        return (null, release);
    }

    private static MirrorAceException TooLong(ReleaseTarget target, int length, int writes) =>
        new(ErrorCodes.BodyTooLong,
            string.Create(CultureInfo.InvariantCulture,
                $"With the links section, the notes of {target.Description} would be {length:N0} characters; GitHub allows {ReleaseNotesSection.MaxBodyLength:N0}"),
            "Shorten the release notes, or list fewer files in them." + (writes == 1 ? " Nothing was written." : ""));

    private static async Task WriteAsync(IReleasesApi api, ReleaseTarget target, long id, string body, GitHubRetry retry, CancellationToken ct)
    {
        try
        {
            await retry.RunAsync("writing the release notes", async () =>
            {
                await api.UpdateBodyAsync(id, body, ct);
                return true;
            }, ct);
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

    private static ReleaseNotesResult Result(ReleaseRecord release, SectionMerge first, WrittenRows rows, int writes) =>
        new(release.Id, release.TagName, release.HtmlUrl, writes > 0, first.Added, first.Replaced, first.AlreadyListed, rows.Superseded, writes);
}
