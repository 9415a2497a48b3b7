namespace MirrorAce.Action.Tests.Support;

/// <summary>
/// A test that builds and runs the action's container. It needs root, podman and debootstrap, and
/// a few minutes the first time, so it runs only where <c>MIRRORACE_CONTAINER_TESTS=1</c> says
/// the machine is set up for it (CI sets it). Where the variable is set it always runs, and a
/// missing podman is then a failure, not a skip.
/// </summary>
public sealed class ContainerFactAttribute : FactAttribute
{
    public const string Variable = "MIRRORACE_CONTAINER_TESTS";

    public ContainerFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
            Skip = $"Container test: set {Variable}=1 to run it (needs root and the Debian packages podman, runc, debootstrap; see tests/container/build-base-images.sh).";
    }
}
