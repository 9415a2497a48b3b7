using System.Text;
using System.Text.Json;
using MirrorAce.Publishing;

namespace MirrorAce.Cli;

/// <summary>
/// <c>status --json</c>: an array with one object per link checked, in the order given:
/// <c>{"input", "slug", "status", "active", "healthy", "size", "url"}</c> (<c>size</c> and <c>url</c> null when MirrorAce gave none;
/// <c>healthy</c> is active and, for a link read from a links file, of the size it was uploaded with).
/// </summary>
internal static class StatusJson
{
    public static string Render(IReadOnlyList<string> labels, IReadOnlyList<LinkHealth> checks)
    {
        using var buffer = new MemoryStream();
        // Written by hand rather than serialized: no reflection for the Native AOT build.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            for (var i = 0; i < checks.Count; i++)
            {
                var (label, slug, info) = (labels[i], checks[i].Slug, checks[i].Info);
                json.WriteStartObject();
                json.WriteString("input", label);
                json.WriteString("slug", slug);
                json.WriteString("status", info.Status);
                json.WriteBoolean("active", info.IsActive);
                json.WriteBoolean("healthy", checks[i].Healthy);
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
