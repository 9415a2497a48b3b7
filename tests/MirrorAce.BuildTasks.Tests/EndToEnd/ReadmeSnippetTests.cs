using System.Text.RegularExpressions;

namespace MirrorAce.BuildTasks.Tests.EndToEnd;

public sealed partial class ReadmeSnippetTests
{
    [Fact]
    public void The_Use_from_MSBuild_snippet_is_the_sample_the_end_to_end_tests_build()
    {
        var whole = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var start = whole.IndexOf("## Use from MSBuild", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no 'Use from MSBuild' section");
        var readme = whole[start..];
        var sample = File.ReadAllText(Path.Combine(Repository.SampleProject, "MirrorAce.Sample.csproj"));

        var snippet = FirstXmlBlock().Match(readme);

        Assert.True(snippet.Success, "README.md's 'Use from MSBuild' section has no xml code block");
        Assert.Equal(sample.ReplaceLineEndings().TrimEnd(), snippet.Groups[1].Value.ReplaceLineEndings().TrimEnd());
    }

    [GeneratedRegex(@"```xml\r?\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FirstXmlBlock();
}
