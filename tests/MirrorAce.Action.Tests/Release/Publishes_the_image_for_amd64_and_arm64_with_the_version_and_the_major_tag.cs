using MirrorAce.Action.Tests.Support;

namespace MirrorAce.Action.Tests.Release;

/// <summary>The image job: both platforms GitHub's runners have, pushed to ghcr.io/&lt;owner&gt;/&lt;repo&gt; as 1.2.3, 1.2 and 1.</summary>
public class Publishes_the_image_for_amd64_and_arm64_with_the_version_and_the_major_tag
{
    private static List<System.Text.Json.Nodes.JsonObject> Steps => ReleaseWorkflow.Steps("image");

    [Fact]
    public void The_image_is_built_from_the_Dockerfile_for_both_platforms_and_pushed()
    {
        var push = Steps[ReleaseWorkflow.IndexOf("image", action: "docker/build-push-action")];

        Assert.Equal("Dockerfile", (string?)push["with"]!["file"]);
        Assert.Equal(["linux/amd64", "linux/arm64"], ((string)push["with"]!["platforms"]!).Split(',').Select(p => p.Trim()));
        Assert.True((bool?)push["with"]!["push"]);
        Assert.Equal("${{ steps.meta.outputs.tags }}", (string?)push["with"]!["tags"]);
        Assert.Equal("push", (string?)push["id"]);
        Assert.Equal("${{ steps.push.outputs.digest }}", (string?)ReleaseWorkflow.Job("image")["outputs"]!["digest"]);
    }

    [Fact]
    public void Buildx_and_the_registry_login_come_before_the_build()
    {
        var build = ReleaseWorkflow.IndexOf("image", action: "docker/build-push-action");
        var login = ReleaseWorkflow.IndexOf("image", action: "docker/login-action");

        Assert.True(ReleaseWorkflow.IndexOf("image", action: "docker/setup-buildx-action") < build);
        Assert.True(ReleaseWorkflow.IndexOf("image", action: "docker/setup-qemu-action") < build);
        Assert.True(login < build);
        Assert.Equal("ghcr.io", (string?)Steps[login]["with"]!["registry"]);
        Assert.Equal("${{ secrets.GITHUB_TOKEN }}", (string?)Steps[login]["with"]!["password"]);
    }

    [Fact]
    public void The_image_is_named_for_the_repository_in_lower_case_and_tagged_with_the_version_minor_and_major()
    {
        var name = Steps[ReleaseWorkflow.IndexOf("image", run: "echo \"name=ghcr.io/")];
        var meta = Steps[ReleaseWorkflow.IndexOf("image", action: "docker/metadata-action")];

        Assert.Equal("echo \"name=ghcr.io/${GITHUB_REPOSITORY,,}\" >> \"$GITHUB_OUTPUT\"", ((string)name["run"]!).Trim());
        Assert.Equal("${{ steps.name.outputs.name }}", (string?)meta["with"]!["images"]);
        Assert.Equal(["type=semver,pattern={{version}}", "type=semver,pattern={{major}}.{{minor}}", "type=semver,pattern={{major}}"],
            ((string)meta["with"]!["tags"]!).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void The_release_commit_names_the_pushed_image_by_version_and_digest()
    {
        var image = (string?)ReleaseWorkflow.Job("publish")["env"]!["IMAGE"];

        Assert.Equal("${{ needs.image.outputs.name }}:${{ needs.build.outputs.version }}@${{ needs.image.outputs.digest }}", image);
        Assert.Equal("${{ steps.name.outputs.name }}", (string?)ReleaseWorkflow.Job("image")["outputs"]!["name"]);
    }
}
