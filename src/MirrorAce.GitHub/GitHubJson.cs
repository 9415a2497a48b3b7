using System.Text.Json.Serialization;

namespace MirrorAce.GitHub;

/// <summary>The JSON of GitHub's releases API that <see cref="HttpReleasesApi"/> sends and reads, serialised by generated code: no reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReleaseJson))]
[JsonSerializable(typeof(List<ReleaseJson>))]
[JsonSerializable(typeof(List<AssetJson>))]
[JsonSerializable(typeof(NewReleaseJson))]
[JsonSerializable(typeof(BodyUpdateJson))]
internal sealed partial class GitHubJson : JsonSerializerContext;
