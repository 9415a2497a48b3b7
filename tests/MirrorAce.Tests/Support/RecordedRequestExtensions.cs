using MirrorAce.Sandbox;

namespace MirrorAce.Tests.Support;

public static class RecordedRequestExtensions
{
    public static IReadOnlyList<RecordedRequest> ChunkRequests(this SandboxServer sandbox) =>
        sandbox.Requests.Where(r => r.Endpoint == Endpoint.Chunk).ToList();

    public static string? Field(this RecordedRequest request, string name) =>
        request.Fields.Where(f => f.Key == name).Select(f => f.Value).FirstOrDefault();

    public static IEnumerable<string> FieldNames(this RecordedRequest request) => request.Fields.Select(f => f.Key);
}
