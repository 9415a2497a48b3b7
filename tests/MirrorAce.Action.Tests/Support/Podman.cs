using CliWrap;
using CliWrap.Buffered;

namespace MirrorAce.Action.Tests.Support;

/// <summary>Runs tests/container/podman.sh, which carries the podman settings this machine needs.</summary>
public static class Podman
{
    public static string Script => Repository.PathOf("tests/container/podman.sh");

    public static void EnsureInstalled()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, "podman")));
        if (!found)
            throw new InvalidOperationException($"{ContainerFactAttribute.Variable}=1 but podman is not installed. Run: apt-get install -y podman runc debootstrap uidmap slirp4netns fuse-overlayfs");
    }

    public static async Task<BufferedCommandResult> RunAsync(IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var cancel = new CancellationTokenSource(timeout);
        return await Cli.Wrap("bash")
            .WithArguments([Script, .. arguments])
            .WithEnvironmentVariables(environment ?? new Dictionary<string, string?>())
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(cancel.Token);
    }
}
