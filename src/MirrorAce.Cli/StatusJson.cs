using System.Text;
using System.Text.Json;
using MirrorAce.Api;

namespace MirrorAce.Cli;

/// <summary>
/// <c>status --json</c>: an array with one object per link checked, in the order given:
/// <c>{"input", "slug", "status", "active", "size", "url"}</c> (<c>size</c> and <c>url</c> null when MirrorAce gave none).
/// </summary>
internal static class StatusJson
{
    public static string Render(IEnumerable<(string Slug, string Label)> wanted, IReadOnlyDictionary<string, RemoteFileInfo> infos)
    {
        using var buffer = new MemoryStream();
        // Written by hand rather than serialized: no reflection for the Native AOT build.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var (slug, label) in wanted)
            {
                var info = infos[slug];
                json.WriteStartObject();
                json.WriteString("input", label);
                json.WriteString("slug", slug);
                json.WriteString("status", info.Status);
                json.WriteBoolean("active", info.IsActive);
                if (info.Size is { } size) json.WriteNumber("size", size);
                else json.WriteNull("size");
                json.WriteString("url", info.Url);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return InertJson.Of(Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n");
    }
}
