using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MirrorAce.Api;

// A PHP server sends numbers as strings, missing values as the string "null", and an empty
// associative array as []. These converters accept every spelling the protocol notes list.

/// <summary>Reads a string, a number or "null"/""/null into a nullable long.</summary>
internal sealed class LenientInt64Converter : JsonConverter<long?>
{
    public override bool HandleNull => true;

    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var n)) return n;
                if (reader.TryGetDecimal(out var d) && d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue) return (long)d;
                throw new JsonException("Expected a whole number.");
            case JsonTokenType.String:
                var text = reader.GetString()!.Trim();
                if (LenientText.IsNullish(text)) return null;
                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)) return parsed;
                throw new JsonException("Expected a whole number in a string.");
            default:
                throw new JsonException($"Expected a number, found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options) =>
        throw new NotSupportedException();
}

/// <summary>Reads a string (or a number, or a boolean) and maps "null", "" and null to null.</summary>
internal sealed class LenientStringConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                var text = reader.GetString();
                return LenientText.IsNullish(text) ? null : text;
            case JsonTokenType.Number:
                return System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            default:
                throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) =>
        throw new NotSupportedException();
}

/// <summary>
/// Reads the <c>mirrors</c> map: documented as <c>{"1": true}</c>, but a PHP server may send
/// <c>[]</c> or a list of ids. Values <c>true</c>, <c>1</c>, <c>"1"</c>, <c>"true"</c> mean enabled.
/// </summary>
internal sealed class MirrorMapConverter : JsonConverter<Dictionary<string, bool>?>
{
    public override bool HandleNull => true;

    public override Dictionary<string, bool>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var map = new Dictionary<string, bool>(StringComparer.Ordinal);
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var id = reader.GetString()!;
                    reader.Read();
                    map[id] = ReadEnabled(ref reader);
                }
                return map;
            case JsonTokenType.StartArray:
                // A list names the enabled ids: ["1","2"] (or a PHP empty map []); a list of flags is PHP's
                // encoding of a map whose keys run 0, 1, 2 …: [true, false] means {"0": true, "1": false}.
                for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                {
                    if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
                    {
                        map[index.ToString(CultureInfo.InvariantCulture)] = reader.TokenType == JsonTokenType.True;
                        continue;
                    }
                    var id = LenientText.ScalarText(ref reader) ?? throw new JsonException("A mirror id in a list must be a string or a number.");
                    map[id] = true;
                }
                return map;
            case JsonTokenType.String when string.IsNullOrEmpty(reader.GetString()) || LenientText.IsNullish(reader.GetString()):
                return map;
            default:
                throw new JsonException($"Expected the mirrors object, found {reader.TokenType}.");
        }
    }

    private static bool ReadEnabled(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True: return true;
            case JsonTokenType.False: case JsonTokenType.Null: return false;
            case JsonTokenType.Number: return reader.TryGetInt64(out var n) && n != 0;
            case JsonTokenType.String:
                var s = reader.GetString()!.Trim();
                return s == "1" || s.Equals("true", StringComparison.OrdinalIgnoreCase);
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                reader.Skip();
                return false;
            default:
                throw new JsonException($"Unexpected mirror flag {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, bool>? value, JsonSerializerOptions options) =>
        throw new NotSupportedException();
}

/// <summary>Reads a list of ids given as strings or numbers (or a comma-separated string).</summary>
internal sealed class LenientStringListConverter : JsonConverter<List<string>?>
{
    public override bool HandleNull => true;

    public override List<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var list = new List<string>();
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var id = LenientText.ScalarText(ref reader) ?? throw new JsonException("A list item must be a string or a number.");
                    list.Add(id);
                }
                return list;
            case JsonTokenType.StartObject:
                // {"0":"1","1":"2"}: a PHP array with holes.
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    reader.Read();
                    var id = LenientText.ScalarText(ref reader) ?? throw new JsonException("A list item must be a string or a number.");
                    list.Add(id);
                }
                return list;
            case JsonTokenType.String:
                var text = reader.GetString()!;
                if (!LenientText.IsNullish(text))
                    list.AddRange(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                return list;
            default:
                throw new JsonException($"Expected a list, found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, List<string>? value, JsonSerializerOptions options) =>
        throw new NotSupportedException();
}

internal static class LenientText
{
    public static bool IsNullish(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Trim().Equals("null", StringComparison.OrdinalIgnoreCase);

    public static string? ScalarText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt64(out var n) ? n.ToString(CultureInfo.InvariantCulture) : null,
        _ => null,
    };
}
