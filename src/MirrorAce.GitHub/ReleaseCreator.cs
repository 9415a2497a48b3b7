using System.Net;

namespace MirrorAce.GitHub;

/// <summary>
/// Creates the missing release with this job's links as its notes, converging with matrix jobs doing the same:
/// a published release's tag is taken by the first POST (the others get 422 <c>already_exists</c> and join it);
/// drafts may share a tag, so after creating one the job lists the drafts with the tag and keeps the oldest.
/// </summary>
internal static class ReleaseCreator
{
    // After a 422 the winner's release may not be visible to the by-tag lookup at once.
    private const int JoinAttempts = 5;

    /// <summary>What creating gave: the release to write to, and this job's own draft when it lost a draft race (to be deleted once its rows are in the survivor).</summary>
    public sealed record Outcome(ReleaseRecord Release, bool Created, ReleaseRecord? LostDraft);

    public static async Task<Outcome> CreateOrJoinAsync(IReleasesApi api, ReleaseTarget target, ReleaseCreation creation, string body,
        GitHubRetry retry, Action<string>? notice, CancellationToken ct)
    {
        var tag = target.Tag!;
        var commitish = string.IsNullOrWhiteSpace(creation.TargetCommitish) ? null : creation.TargetCommitish.Trim();

        ReleaseRecord created;
        try
        {
            created = await retry.RunAsync("creating the release", () => api.CreateAsync(tag, body, creation.Draft, creation.Prerelease, commitish, ct), ct);
        }
        catch (GitHubApiException ex) when (!creation.Draft && AlreadyExists(ex))
        {
            notice?.Invoke($"Another job created {target.Description} first; adding this job's links to it.");
            return new Outcome(await JoinAsync(api, target, retry, ex, ct), false, null);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            throw GitHubFailures.WhileCreating(ex, target);
        }

        if (!creation.Draft) return new Outcome(created, true, null);

        // Every racing job sees every draft created before its own (ids grow), so all of them pick the same oldest one.
        var drafts = (await ReleaseLocator.ListWithTagAsync(api, target, retry, ct)).Where(r => r.Draft).ToList();
        var survivor = drafts.Append(created).MinBy(r => r.Id)!;
        if (survivor.Id == created.Id) return new Outcome(created, true, null);

        notice?.Invoke($"Another job created a draft of {target.Description} first (id {survivor.Id}); moving this job's links into it and deleting this job's draft (id {created.Id}).");
        return new Outcome(survivor, false, created);
    }

    /// <summary>Deletes this job's losing draft; its links are already in the survivor.</summary>
    public static async Task DeleteLostDraftAsync(IReleasesApi api, ReleaseTarget target, ReleaseRecord draft, GitHubRetry retry, CancellationToken ct)
    {
        try
        {
            await retry.RunAsync("deleting this job's duplicate draft", async () =>
            {
                await api.DeleteAsync(draft.Id, ct);
                return true;
            }, ct);
        }
        catch (GitHubApiException notFound) when (notFound.StatusCode == (int)HttpStatusCode.NotFound)
        {
            // Gone already: someone deleted it by hand.
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            throw new MirrorAceException(ErrorCodes.DuplicateDraft,
                $"This job's draft of {target.Description} (id {draft.Id}) lost the race to another job's draft and could not be deleted",
                "Its links are in the other draft: delete the duplicate draft on the repository's Releases page.",
                inner: GitHubFailures.WhileWriting(ex, target));
        }
    }

    private static async Task<ReleaseRecord> JoinAsync(IReleasesApi api, ReleaseTarget target, GitHubRetry retry, Exception refusal, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await ReleaseLocator.FindAsync(api, target, retry, ct) is { } found) return found;
            if (attempt >= JoinAttempts) throw GitHubFailures.WhileCreating(refusal, target);
            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), ct);
        }
    }

    // GitHub's answer when a published release already has the tag: errors [{resource: Release, code: already_exists, field: tag_name}].
    private static bool AlreadyExists(GitHubApiException ex) =>
        ex.StatusCode == (int)HttpStatusCode.UnprocessableEntity && ex.Errors.Any(e => e.Code == "already_exists" && e.Field == "tag_name");
}
