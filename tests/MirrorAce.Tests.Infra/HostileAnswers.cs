using System.Text.Json.Nodes;
using MirrorAce.Sandbox;

namespace MirrorAce.Tests.Infra;

/// <summary>
/// Turns the sandbox into a hostile server through <see cref="SandboxOptions.AnswerRewriter"/>: one field of the
/// answers of one endpoint gets a value chosen to break whatever publishes it (a Markdown table, HTML, a runner's
/// log, a terminal). The rest of the protocol stays real.
/// </summary>
public static class HostileAnswers
{
    /// <summary>Urls no answer may be trusted with, each breaking a different place it is written to.</summary>
    public static TheoryData<string> Urls => new()
    {
        "javascript:alert(1)",
        "https://mirrorace.example/m/x\n::warning::pwned",
        "https://mirrorace.example/m/<img src=x onerror=alert(1)>",
        "https://mirrorace.example/m/\u001b]0;pwned\u0007",
        "https://mirrorace.example/m/x|y",
        "http://mirrorace.example/m/plain",
        "data:text/html,<script>alert(1)</script>",
        "https://mirrorace.example/m/x\r##[warning]pwned",
    };

    /// <summary>Sets <paramref name="field"/> of the result of <paramref name="endpoint"/>'s answers (of <c>complete</c> ones for uploads; of every entry for file/info).</summary>
    public static Func<Endpoint, string, string> SetField(Endpoint endpoint, string field, JsonNode? value) => (e, json) =>
    {
        if (e != endpoint) return json;
        var root = JsonNode.Parse(json)!.AsObject();
        if (root["result"] is not JsonObject result) return json;
        switch (e)
        {
            case Endpoint.Chunk or Endpoint.Remote when (string?)result["info"] != "complete":
                return json;
            case Endpoint.FileInfo:
                foreach (var (_, entry) in result.ToList())
                {
                    if (entry is JsonObject o) o[field] = value?.DeepClone();
                }
                break;
            default:
                result[field] = value?.DeepClone();
                break;
        }
        // As a PHP server writes it.
        return root.ToJsonString().Replace("/", "\\/", StringComparison.Ordinal);
    };

    /// <summary>Every answer of <paramref name="endpoint"/> becomes <c>status: error</c> with <paramref name="message"/>.</summary>
    public static Func<Endpoint, string, string> Refuse(Endpoint endpoint, string message) => (e, json) =>
        e != endpoint ? json : new JsonObject { ["status"] = "error", ["result"] = message }.ToJsonString();

    /// <summary>Asserts <paramref name="text"/> (a terminal's or log's text) holds no control character but line feeds, and no text-direction override.</summary>
    public static void AssertPrintable(string text, string where)
    {
        var bad = text.Where(c => (char.IsControl(c) && c != '\n') || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069').Take(1).ToList();
        Assert.True(bad.Count == 0, $"{where} holds U+{(bad.Count == 0 ? 0 : bad[0]):X4}:\n{Printable(text)}");
    }

    /// <summary>Asserts <paramref name="text"/> (Markdown or HTML for a page) holds no raw HTML and no link to a script.</summary>
    public static void AssertNoMarkup(string text, string where)
    {
        foreach (var bad in new[] { "<img", "<script", "](javascript:", "](data:", "](http://mirrorace.example" })
            Assert.False(text.Contains(bad, StringComparison.OrdinalIgnoreCase), $"{where} holds {bad}:\n{Printable(text)}");
        AssertPrintable(text, where);
    }

    private static string Printable(string text) => string.Concat(text.Select(c => char.IsControl(c) && c != '\n' ? $"\\u{(int)c:x4}" : c.ToString()));
}
