using MirrorAce.Api;
using MirrorAce.Http;

namespace MirrorAce.Upload;

/// <summary>
/// Mirrors files that are already published somewhere (a release's assets): MirrorAce fetches each
/// URL itself through <c>server_remote</c>, so nothing is uploaded from here.
/// </summary>
internal sealed class UrlMirrorer(MirrorAceClient client, UploadOptions options, IUploadListener listener)
{
    public async Task<FileUploadResult> MirrorAsync(Uri source, IReadOnlyDictionary<string, RemoteFileInfo> reusable, CancellationToken ct)
    {
        var path = source.AbsoluteUri;
        try
        {
            EndpointGuard.RequireSecure(source, "file URL", path, UploadStep.Validate);
            if (Reusable(path, options, reusable) is { } earlier)
            {
                listener.OnNotice(new UploadNotice(NoticeKind.Info, path, $"reused {earlier.Url}: this URL was mirrored before and is active"));
                return FileUploadResult.Success(path, earlier, wasReused: true);
            }
            var variables = await client.GetUploadVariablesAsync(ct);
            var mirrors = MirrorSelection.Choose(options.Mirrors, variables, path);
            var answer = await client.UploadFromUrlAsync(variables, source, mirrors, options.FilePassword, ct);
            if (!answer.IsComplete)
                throw Errors.RemoteUploadIncomplete(path);
            var status = (await client.GetFileInfoAsync([answer.Slug!], ct))[answer.Slug!];
            if (!status.IsActive)
                throw Errors.MirroredFileInactive(path, answer.Slug, status.Status);
            // The URL's last segment, unescaped, may hold any character (%0A): made printable like any text not ours.
            var name = answer.Name ?? Output.PrintableText.Clean(Uri.UnescapeDataString(source.Segments[^1]));
            return FileUploadResult.Success(path, new UploadedFile(name, path, answer.Size ?? status.Size ?? 0, "", answer.Slug!, answer.Url!, mirrors));
        }
        catch (MirrorAceException e)
        {
            return FileUploadResult.Failure(path, e);
        }
    }

    /// <summary>What <see cref="MirrorAsync"/> would do with <paramref name="source"/>, without doing it.</summary>
    public static PlannedUpload Plan(Uri source, UploadOptions options, IReadOnlyDictionary<string, RemoteFileInfo> reusable, UploadVariables variables)
    {
        var path = source.AbsoluteUri;
        try
        {
            EndpointGuard.RequireSecure(source, "file URL", path, UploadStep.Validate);
            if (Reusable(path, options, reusable) is { } earlier)
                return new PlannedUpload(path, earlier.Size, 0, earlier.Mirrors, earlier, null);
            return new PlannedUpload(path, 0, 0, MirrorSelection.Choose(options.Mirrors, variables, path), null, null);
        }
        catch (MirrorAceException e)
        {
            return new PlannedUpload(path, 0, 0, [], null, e);
        }
    }

    private static UploadedFile? Reusable(string path, UploadOptions options, IReadOnlyDictionary<string, RemoteFileInfo> reusable)
    {
        foreach (var candidate in options.ReuseCandidates)
        {
            // Under the name MirrorAce holds it by: a candidate's own record (a release's notes, say) may name it otherwise.
            if (candidate.Path == path && reusable.TryGetValue(candidate.Slug, out var info) && info.IsActive)
                return candidate with { Name = info.Name ?? candidate.Name };
        }
        return null;
    }
}
