namespace MirrorAce.Action.Tests.Packaging;

/// <summary>What GitHub requires of a Docker action's Dockerfile, and what the tests rely on.</summary>
public class ContainerImageDefinitionTests
{
    private static List<string> Instructions => Repository.Read("Dockerfile").Split('\n')
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    [Fact]
    public void The_base_images_are_build_arguments_declared_before_the_first_FROM_with_Microsofts_images_as_defaults()
    {
        var lines = Instructions;
        var firstFrom = lines.FindIndex(l => l.StartsWith("FROM ", StringComparison.Ordinal));

        Assert.Contains("ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0", lines.Take(firstFrom));
        Assert.Contains("ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled", lines.Take(firstFrom));
        // The build stage runs on the builder's platform and cross-compiles: the arm64 image needs no emulation.
        Assert.Equal(["FROM --platform=$BUILDPLATFORM ${SDK_IMAGE} AS build", "FROM ${RUNTIME_IMAGE}"], lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_final_stage_runs_the_published_entrypoint_as_root_from_the_workspace_GitHub_mounts()
    {
        var lines = Instructions;
        var finalStage = lines.Skip(lines.FindLastIndex(l => l.StartsWith("FROM ", StringComparison.Ordinal))).ToList();

        // Exec form with an absolute path: GitHub mounts the workspace as the working directory.
        Assert.Equal("ENTRYPOINT [\"dotnet\", \"/app/MirrorAce.Action.dll\"]", finalStage.Last());
        // The chiseled runtime image runs as a non-root user by default; GitHub needs root.
        Assert.Equal(["USER 0:0"], finalStage.Where(l => l.StartsWith("USER ", StringComparison.Ordinal)));
        Assert.DoesNotContain(finalStage, l => l.StartsWith("WORKDIR ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("RUN dotnet publish src/MirrorAce.Action/MirrorAce.Action.csproj", StringComparison.Ordinal) && l.Contains("-o /app", StringComparison.Ordinal));
    }

    [Fact]
    public void The_build_context_leaves_out_build_output_history_and_tests()
    {
        var ignored = Repository.Read(".dockerignore").Split('\n').Select(l => l.Trim()).ToList();

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains(".git", ignored);
        Assert.Contains("tests/", ignored);
    }
}
