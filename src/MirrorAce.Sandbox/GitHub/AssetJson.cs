using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace MirrorAce.Sandbox.GitHub;

/// <summary>A release asset as GitHub's REST API shows it, with the members Octokit's <c>ReleaseAsset</c> reads.</summary>
internal static class AssetJson
{
    /// <param name="asset">The asset.</param>
    /// <param name="repository"><c>owner/name</c>.</param>
    /// <param name="createdAt">When its release was created; assets carry no time of their own here.</param>
    /// <param name="apiRoot">The API root the request came through.</param>
    /// <param name="webRoot">The site root.</param>
    public static JsonObject Render(SandboxAsset asset, string repository, DateTimeOffset createdAt, string apiRoot, string webRoot)
    {
        var id = asset.Id.ToString(CultureInfo.InvariantCulture);
        var timestamp = ReleaseJson.Timestamp(createdAt);
        return new JsonObject
        {
            ["url"] = $"{apiRoot}repos/{repository}/releases/assets/{id}",
            ["id"] = asset.Id,
            ["node_id"] = "RA_" + Convert.ToBase64String(Encoding.ASCII.GetBytes("sandbox:" + id)).TrimEnd('='),
            ["name"] = asset.Name,
            ["label"] = "",
            ["state"] = "uploaded",
            ["content_type"] = "application/octet-stream",
            ["size"] = asset.Size,
            ["download_count"] = 0,
            ["created_at"] = timestamp,
            ["updated_at"] = timestamp,
            ["browser_download_url"] = asset.DownloadUrl,
            ["uploader"] = ReleaseJson.Bot(apiRoot, webRoot),
        };
    }
}
