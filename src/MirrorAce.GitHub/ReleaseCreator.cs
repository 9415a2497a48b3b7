using Octokit;

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
    public sealed record Outcome(Release Release, bool Created, Release? LostDraft);

    public static async Task<Outcome> CreateOrJoinAsync(IGitHubClient client, ReleaseTarget target, ReleaseCreation creation, string body,
        GitHubRetry retry, Action<string>? notice, CancellationToken ct)
    {
        var tag = target.Tag!;
        var request = new NewRelease(tag)
        {
            Name = tag,
            Body = body,
            Draft = creation.Draft,
            Prerelease = creation.Prerelease,
            TargetCommitish = string.IsNullOrWhiteSpace(creation.TargetCommitish) ? null : creation.TargetCommitish.Trim(),
        };

        Release created;
        try
        {
            created = await retry.RunAsync("creating the release", () => client.Repository.Release.Create(target.Owner, target.Name, request), ct);
        }
        catch (ApiValidationException ex) when (!creation.Draft && AlreadyExists(ex))
        {
            notice?.Invoke($"Another job created {target.Description} first; adding this job's links to it.");
            return new Outcome(await JoinAsync(client, target, retry, ex, ct), false, null);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            throw GitHubFailures.WhileCreating(ex, target);
        }

        if (!creation.Draft) return new Outcome(created, true, null);

        // Every racing job sees every draft created before its own (ids grow), so all of them pick the same oldest one.
        var drafts = (await ReleaseLocator.ListWithTagAsync(client, target, retry, ct)).Where(r => r.Draft).ToList();
        var survivor = drafts.Append(created).MinBy(r => r.Id)!;
        if (survivor.Id == created.Id) return new Outcome(created, true, null);

        notice?.Invoke($"Another job created a draft of {target.Description} first (id {survivor.Id}); moving this job's links into it and deleting this job's draft (id {created.Id}).");
        return new Outcome(survivor, false, created);
    }

    /// <summary>Deletes this job's losing draft; its links are already in the survivor.</summary>
    public static async Task DeleteLostDraftAsync(IGitHubClient client, ReleaseTarget target, Release draft, GitHubRetry retry, CancellationToken ct)
    {
        try
        {
            await retry.RunAsync("deleting this job's duplicate draft", async () =>
            {
                await client.Repository.Release.Delete(target.Owner, target.Name, draft.Id);
                return true;
            }, ct);
        }
        catch (NotFoundException)
        {
            // Gone already: someone deleted it by hand.
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            throw new MirrorAceException(GitHubErrorCodes.DuplicateDraft,
                $"This job's draft of {target.Description} (id {draft.Id}) lost the race to another job's draft and could not be deleted",
                "Its links are in the other draft: delete the duplicate draft on the repository's Releases page.",
                inner: GitHubFailures.WhileWriting(ex, target));
        }
    }

    private static async Task<Release> JoinAsync(IGitHubClient client, ReleaseTarget target, GitHubRetry retry, Exception refusal, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await ReleaseLocator.FindAsync(client, target, retry, ct) is { } found) return found;
            if (attempt >= JoinAttempts) throw GitHubFailures.WhileCreating(refusal, target);
            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), ct);
        }
    }

    // GitHub's answer when a published release already has the tag: errors [{resource: Release, code: already_exists, field: tag_name}].
    private static bool AlreadyExists(ApiValidationException ex) =>
        ex.ApiError?.Errors?.Any(e => e.Code == "already_exists" && e.Field == "tag_name") == true;
}
