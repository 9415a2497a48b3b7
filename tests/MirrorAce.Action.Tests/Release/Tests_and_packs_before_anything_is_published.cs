using MirrorAce.Action.Tests.Support;

namespace MirrorAce.Action.Tests.Release;

/// <summary>
/// The order of the release: check the tag, test, pack; then the image; then, only when both succeeded, the
/// release commit, NuGet (irreversible), the GitHub release and last the major tag.
/// </summary>
public class Tests_and_packs_before_anything_is_published
{
    [Fact]
    public void The_build_job_checks_the_tag_then_tests_then_packs_then_keeps_the_packages()
    {
        var check = ReleaseWorkflow.IndexOf("build", run: "eng/check-release.sh \"$GITHUB_REF_NAME\"");
        var test = ReleaseWorkflow.IndexOf("build", run: "dotnet test MirrorAce.BuildTasks.sln");
        var pack = ReleaseWorkflow.IndexOf("build", run: "eng/pack.sh \"$VERSION\" artifacts/packages");
        var keep = ReleaseWorkflow.IndexOf("build", action: "actions/upload-artifact");

        Assert.True(ReleaseWorkflow.IndexOf("build", action: "actions/checkout") < check);
        Assert.True(check < test && test < pack && pack < keep, $"check {check}, test {test}, pack {pack}, upload {keep}");
        Assert.Equal("${{ steps.version.outputs.version }}", (string?)ReleaseWorkflow.Steps("build")[pack]["env"]!["VERSION"]);
        Assert.Equal("artifacts/packages/*.nupkg", (string?)ReleaseWorkflow.Steps("build")[keep]["with"]!["path"]);
    }

    [Fact]
    public void The_image_waits_for_the_tests_and_publishing_waits_for_both()
    {
        Assert.Empty(ReleaseWorkflow.Needs("build"));
        Assert.Equal(["build"], ReleaseWorkflow.Needs("image"));
        Assert.Equal(["build", "image"], ReleaseWorkflow.Needs("publish").Order(StringComparer.Ordinal));
        Assert.Equal(["build", "image", "publish"], ReleaseWorkflow.Document["jobs"]!.AsObject().Select(j => j.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Publishing_moves_the_tag_then_pushes_to_NuGet_then_creates_the_release_then_moves_the_major_tag()
    {
        var packages = ReleaseWorkflow.IndexOf("publish", action: "actions/download-artifact");
        var commit = ReleaseWorkflow.IndexOf("publish", run: "eng/pin-action-image.sh \"$IMAGE\"");
        var nuget = ReleaseWorkflow.IndexOf("publish", run: "dotnet nuget push \"artifacts/packages/*.nupkg\"");
        var release = ReleaseWorkflow.IndexOf("publish", run: "gh release create \"$TAG\"");
        var major = ReleaseWorkflow.IndexOf("publish", run: "git push --force origin \"refs/tags/$major\"");

        Assert.True(packages < nuget && commit < nuget && nuget < release && release < major,
            $"artifact {packages}, release commit {commit}, nuget {nuget}, release {release}, major tag {major}");
        Assert.Equal(major, ReleaseWorkflow.Steps("publish").Count - 1);
    }

    [Fact]
    public void The_NuGet_key_comes_from_a_secret_into_the_push_step_alone()
    {
        var steps = ReleaseWorkflow.Steps("publish");
        var nuget = ReleaseWorkflow.IndexOf("publish", run: "dotnet nuget push");

        Assert.Equal("${{ secrets.NUGET_API_KEY }}", (string?)steps[nuget]["env"]!["NUGET_API_KEY"]);
        Assert.Contains("--api-key \"$NUGET_API_KEY\"", (string)steps[nuget]["run"]!, StringComparison.Ordinal);
        Assert.Contains("--skip-duplicate", (string)steps[nuget]["run"]!, StringComparison.Ordinal);
        // Never written into a script or given to another step, where a log could show it.
        var elsewhere = ReleaseWorkflow.Document.ToJsonString().Split("secrets.NUGET_API_KEY").Length - 1;
        Assert.Equal(1, elsewhere);
    }

    [Fact]
    public void The_release_notes_are_the_changelog_section_and_a_prerelease_moves_no_major_tag()
    {
        var steps = ReleaseWorkflow.Steps("publish");
        var release = (string)steps[ReleaseWorkflow.IndexOf("publish", run: "gh release create")]["run"]!;
        var major = steps[ReleaseWorkflow.IndexOf("publish", run: "refs/tags/$major")];

        Assert.Contains("bash eng/changelog-section.sh \"$VERSION\" > \"$RUNNER_TEMP/notes.md\"", release, StringComparison.Ordinal);
        Assert.Contains("--notes-file \"$RUNNER_TEMP/notes.md\"", release, StringComparison.Ordinal);
        Assert.Contains("--prerelease", release, StringComparison.Ordinal);
        Assert.Equal("needs.build.outputs.prerelease == 'false'", (string?)major["if"]);
        Assert.Contains("major=\"v${VERSION%%.*}\"", (string)major["run"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_jobs_that_publish_may_write()
    {
        Assert.Equal("read", (string?)ReleaseWorkflow.Document["permissions"]!["contents"]);
        Assert.Null(ReleaseWorkflow.Job("build")["permissions"]);
        Assert.Equal("write", (string?)ReleaseWorkflow.Job("image")["permissions"]!["packages"]);
        Assert.Equal("read", (string?)ReleaseWorkflow.Job("image")["permissions"]!["contents"]);
        Assert.Equal("write", (string?)ReleaseWorkflow.Job("publish")["permissions"]!["contents"]);
        Assert.Null(ReleaseWorkflow.Job("publish")["permissions"]!["packages"]);
    }
}
