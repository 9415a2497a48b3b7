using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace MirrorAce.Sandbox.GitHub;

/// <summary>A release as GitHub's REST API shows it, with the members Octokit's <c>Release</c> reads.</summary>
internal static class ReleaseJson
{
    /// <param name="release">The release.</param>
    /// <param name="createdAt">When it was created.</param>
    /// <param name="apiRoot">The API root the request came through, e.g. <c>http://127.0.0.1:5000/api/v3/</c>: GitHub's URLs point back at it.</param>
    /// <param name="webRoot">The site root, e.g. <c>http://127.0.0.1:5000/</c>.</param>
    /// <param name="assets">Its assets: GitHub shows them in the release object too.</param>
    public static JsonObject Render(SandboxRelease release, DateTimeOffset createdAt, string apiRoot, string webRoot, IReadOnlyList<SandboxAsset> assets)
    {
        var repo = release.Repository;
        var self = $"{apiRoot}repos/{repo}/releases/{release.Id}";
        var webTag = release.Draft ? "untagged-" + release.Id.ToString("x", CultureInfo.InvariantCulture) : Uri.EscapeDataString(release.Tag);
        return new JsonObject
        {
            ["url"] = self,
            ["assets_url"] = self + "/assets",
            ["upload_url"] = $"{webRoot}uploads/repos/{repo}/releases/{release.Id}/assets{{?name,label}}",
            ["html_url"] = $"{webRoot}{repo}/releases/tag/{webTag}",
            ["id"] = release.Id,
            ["node_id"] = "RE_" + Convert.ToBase64String(Encoding.ASCII.GetBytes("sandbox:" + release.Id.ToString(CultureInfo.InvariantCulture))).TrimEnd('='),
            ["tag_name"] = release.Tag,
            ["target_commitish"] = release.TargetCommitish,
            ["name"] = release.Name,
            ["draft"] = release.Draft,
            ["prerelease"] = release.Prerelease,
            ["created_at"] = Timestamp(createdAt),
            ["published_at"] = release.Draft ? null : Timestamp(createdAt),
            ["author"] = Bot(apiRoot, webRoot),
            ["assets"] = new JsonArray([.. assets.Select(a => (JsonNode)AssetJson.Render(a, repo, createdAt, apiRoot, webRoot))]),
            ["tarball_url"] = $"{apiRoot}repos/{repo}/tarball/{Uri.EscapeDataString(release.Tag)}",
            ["zipball_url"] = $"{apiRoot}repos/{repo}/zipball/{Uri.EscapeDataString(release.Tag)}",
            ["body"] = release.Body,
        };
    }

    /// <summary>The user GitHub names as the author of what a workflow's token creates.</summary>
    public static JsonObject Bot(string apiRoot, string webRoot) => new()
    {
        ["login"] = "github-actions[bot]",
        ["id"] = 41898282,
        ["node_id"] = "MDM6Qm90NDE4OTgyODI=",
        ["avatar_url"] = "https://avatars.githubusercontent.com/in/15368?v=4",
        ["url"] = apiRoot + "users/github-actions%5Bbot%5D",
        ["html_url"] = webRoot + "apps/github-actions",
        ["type"] = "Bot",
        ["site_admin"] = false,
    };

    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
