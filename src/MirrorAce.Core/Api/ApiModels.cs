using System.Text.Json.Serialization;

namespace MirrorAce.Api;

// Wire shapes of the answers, read leniently; the public records are built from them after checks.

internal sealed class UploadVariablesDto
{
    [JsonPropertyName("server"), JsonConverter(typeof(LenientStringConverter))] public string? Server { get; set; }
    [JsonPropertyName("server_file"), JsonConverter(typeof(LenientStringConverter))] public string? ServerFile { get; set; }
    [JsonPropertyName("server_remote"), JsonConverter(typeof(LenientStringConverter))] public string? ServerRemote { get; set; }
    [JsonPropertyName("cTracker"), JsonConverter(typeof(LenientStringConverter))] public string? ChunkTracker { get; set; }
    [JsonPropertyName("mirrors"), JsonConverter(typeof(MirrorMapConverter))] public Dictionary<string, bool>? Mirrors { get; set; }
    [JsonPropertyName("default_mirrors"), JsonConverter(typeof(LenientStringListConverter))] public List<string>? DefaultMirrors { get; set; }
    [JsonPropertyName("max_chunk_size"), JsonConverter(typeof(LenientInt64Converter))] public long? MaxChunkSize { get; set; }
    [JsonPropertyName("max_file_size"), JsonConverter(typeof(LenientInt64Converter))] public long? MaxFileSize { get; set; }
    [JsonPropertyName("max_mirrors"), JsonConverter(typeof(LenientInt64Converter))] public long? MaxMirrors { get; set; }
    [JsonPropertyName("upload_key"), JsonConverter(typeof(LenientStringConverter))] public string? UploadKey { get; set; }
    [JsonPropertyName("upload_key_expiry"), JsonConverter(typeof(LenientStringConverter))] public string? UploadKeyExpiry { get; set; }
}

internal sealed class UploadAnswerDto
{
    [JsonPropertyName("name"), JsonConverter(typeof(LenientStringConverter))] public string? Name { get; set; }
    [JsonPropertyName("size"), JsonConverter(typeof(LenientInt64Converter))] public long? Size { get; set; }
    [JsonPropertyName("slug"), JsonConverter(typeof(LenientStringConverter))] public string? Slug { get; set; }
    [JsonPropertyName("url"), JsonConverter(typeof(LenientStringConverter))] public string? Url { get; set; }
    [JsonPropertyName("info"), JsonConverter(typeof(LenientStringConverter))] public string? Info { get; set; }
}

internal sealed class FileInfoDto
{
    [JsonPropertyName("id"), JsonConverter(typeof(LenientStringConverter))] public string? Id { get; set; }
    [JsonPropertyName("name"), JsonConverter(typeof(LenientStringConverter))] public string? Name { get; set; }
    [JsonPropertyName("slug"), JsonConverter(typeof(LenientStringConverter))] public string? Slug { get; set; }
    [JsonPropertyName("size"), JsonConverter(typeof(LenientInt64Converter))] public long? Size { get; set; }
    [JsonPropertyName("url"), JsonConverter(typeof(LenientStringConverter))] public string? Url { get; set; }
    [JsonPropertyName("status"), JsonConverter(typeof(LenientStringConverter))] public string? Status { get; set; }
}

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = false, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(UploadVariablesDto))]
[JsonSerializable(typeof(UploadAnswerDto))]
[JsonSerializable(typeof(FileInfoDto))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
