using MirrorAce.Sandbox;

namespace MirrorAce.Conformance.Tests;

/// <summary>The row of a release's notes that lists one upload, with what differs between runs (slug, port, hash) named instead.</summary>
public static class ReleaseRow
{
    public static string Of(string body, StoredFile file, SandboxServer sandbox)
    {
        var row = Assert.Single(body.Split('\n'), l => l.StartsWith('|') && l.Contains(file.Slug, StringComparison.Ordinal));
        var server = sandbox.ApiUrl.GetLeftPart(UriPartial.Authority);
        // The test files' bytes are seeded per process, so the hash is named too (and checked against the file apart).
        return row.TrimEnd('\r').Replace(file.Slug, "{slug}", StringComparison.Ordinal).Replace(server, "{server}", StringComparison.Ordinal)
            .Replace(file.Sha256, "{sha256}", StringComparison.Ordinal);
    }
}
