using System.Text.Json;
using Json.Schema;
using MirrorAce.Action.Tests.Support;

namespace MirrorAce.Action.Tests.Release;

/// <summary>
/// eng/pin-action-image.sh, which the release workflow runs for the release commit: main's action.yml builds the
/// Dockerfile; the release's runs the image the release pushed, by digest, and differs in nothing else.
/// </summary>
public class The_release_commit_runs_the_prebuilt_image_pinned_by_digest
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private const string Image = "ghcr.io/mirrorace/mirrorace-buildtasks:1.2.3@" + Digest;

    private static string Script => Repository.PathOf("eng/pin-action-image.sh");

    [Fact]
    public void Main_builds_the_Dockerfile()
    {
        Assert.Equal("Dockerfile", (string?)ActionMetadata.Document["runs"]!["image"]);
    }

    [Fact]
    public async Task The_rewritten_action_yml_differs_in_the_image_line_alone_and_is_valid_metadata()
    {
        using var dir = new TempDirectory();
        var copy = Path.Combine(dir.Path, "action.yml");
        File.Copy(Repository.PathOf("action.yml"), copy);

        var run = await Bash.RunAsync(Script, [Image, copy]);

        Assert.True(run.ExitCode == 0, run.StandardError);
        var before = Repository.Read("action.yml").Split('\n');
        var after = (await File.ReadAllTextAsync(copy)).Split('\n');
        Assert.Equal(before.Length, after.Length);
        var changed = before.Zip(after).Where(p => p.First != p.Second).ToList();
        Assert.Equal([("  image: Dockerfile", $"  image: 'docker://{Image}'")], changed);

        var document = YamlToJson.Load(string.Join('\n', after))!;
        Assert.Equal("docker://" + Image, (string?)document["runs"]!["image"]);
        Assert.Equal("docker", (string?)document["runs"]!["using"]);
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "action-metadata.schema.json")));
        Assert.True(schema.Evaluate(JsonSerializer.SerializeToElement(document)).IsValid);
        Assert.Equal(ActionMetadata.InputNames, document["inputs"]!.AsObject().Select(p => p.Key));
    }

    [Theory]
    [InlineData("ghcr.io/mirrorace/mirrorace-buildtasks:1.2.3")] // a tag alone can be pushed again with other content
    [InlineData("ghcr.io/mirrorace/mirrorace-buildtasks@" + Digest)] // no version for people to read
    [InlineData("ghcr.io/MirrorAce/MirrorAce-BuildTasks:1.2.3@" + Digest)] // image names are lower case
    [InlineData("ghcr.io/mirrorace/mirrorace-buildtasks:1.2.3@sha256:abc")] // a truncated digest
    [InlineData("")]
    public async Task An_image_not_pinned_by_a_full_digest_is_refused_and_action_yml_left_alone(string image)
    {
        using var dir = new TempDirectory();
        var copy = Path.Combine(dir.Path, "action.yml");
        File.Copy(Repository.PathOf("action.yml"), copy);

        var run = await Bash.RunAsync(Script, [image, copy]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not REGISTRY/NAME:TAG@sha256:DIGEST", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(Repository.Read("action.yml"), await File.ReadAllTextAsync(copy));
    }

    [Fact]
    public async Task An_action_yml_already_pinned_is_refused_so_a_release_never_pins_twice()
    {
        using var dir = new TempDirectory();
        var copy = Path.Combine(dir.Path, "action.yml");
        File.Copy(Repository.PathOf("action.yml"), copy);
        Assert.Equal(0, (await Bash.RunAsync(Script, [Image, copy])).ExitCode);
        var pinned = await File.ReadAllTextAsync(copy);

        var again = await Bash.RunAsync(Script, [Image, copy]);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("must have exactly one line '  image: Dockerfile'", again.StandardError, StringComparison.Ordinal);
        Assert.Equal(pinned, await File.ReadAllTextAsync(copy));
    }
}
