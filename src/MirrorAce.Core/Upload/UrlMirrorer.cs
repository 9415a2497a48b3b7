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
            if (options.ReuseCandidates.FirstOrDefault(c => c.Path == path && reusable.TryGetValue(c.Slug, out var info) && info.IsActive) is { } earlier)
            {
                listener.OnNotice(new UploadNotice(NoticeKind.Info, path, $"reused {earlier.Url}: this URL was mirrored before and is active"));
                return FileUploadResult.Success(path, earlier, wasReused: true);
            }
            var variables = await client.GetUploadVariablesAsync(ct);
            var mirrors = MirrorSelection.Choose(options.Mirrors, variables, path);
            var answer = await client.UploadFromUrlAsync(variables, source, mirrors, options.FilePassword, ct);
            if (!answer.IsComplete)
                throw new MirrorAceException(ErrorCodes.MalformedAnswer, "The server did not complete the remote upload",
                    "Check that the URL is publicly downloadable, then run again.", path, UploadStep.RemoteUpload);
            var status = (await client.GetFileInfoAsync([answer.Slug!], ct))[answer.Slug!];
            if (!status.IsActive)
                throw new MirrorAceException(ErrorCodes.VerificationFailed, $"MirrorAce reports the mirrored file {answer.Slug} as '{status.Status}'",
                    "Run again later; if it persists, report it to MirrorAce with the slug.", path, UploadStep.Verify);
            var name = answer.Name ?? Uri.UnescapeDataString(source.Segments[^1]);
            return FileUploadResult.Success(path, new UploadedFile(name, path, answer.Size ?? status.Size ?? 0, "", answer.Slug!, answer.Url!, mirrors));
        }
        catch (MirrorAceException e)
        {
            return FileUploadResult.Failure(path, e);
        }
    }
}
