using System.Text.RegularExpressions;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

public sealed partial class ReadmeSnippetTests
{
    [Fact]
    public void The_Use_from_MSBuild_snippet_is_the_sample_the_end_to_end_tests_build()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "samples", "README-msbuild.md"));
        var sample = File.ReadAllText(Path.Combine(Repository.SampleProject, "MirrorAce.Sample.csproj"));

        var snippet = FirstXmlBlock().Match(readme);

        Assert.True(snippet.Success, "samples/README-msbuild.md has no xml code block");
        Assert.Equal(sample.ReplaceLineEndings().TrimEnd(), snippet.Groups[1].Value.ReplaceLineEndings().TrimEnd());
    }

    [GeneratedRegex(@"```xml\r?\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FirstXmlBlock();
}
