using System.Globalization;
using System.Text.Json.Nodes;

namespace MirrorAce.Sandbox;

/// <summary><c>POST /api/v1/file/info</c>: the state of up to 50 files, unknown ones as the string "null".</summary>
internal sealed class FileInfoEndpoint(SandboxState state)
{
    private const int MaxSlugs = 50;

    public async Task<Envelope> HandleAsync(HttpContext context, RequestLog log)
    {
        var (form, refusal) = await FormFields.ReadAuthenticatedAsync(context, log, state.Options, Tolerances.MultipartCalls(state.Options));
        if (form is null)
        {
            return refusal!;
        }

        if (form.Last("files") is not { Length: > 0 } files)
        {
            return Envelope.Error("Missing files: send one slug or up to 50 comma-separated slugs.");
        }

        var slugs = files.Split(',', Tolerances.TrimSlugs(state.Options) ? StringSplitOptions.TrimEntries : StringSplitOptions.None);
        if (slugs.Length > MaxSlugs)
        {
            return Envelope.Error($"Too many files: at most {MaxSlugs} slugs per request (got {slugs.Length}).");
        }

        if (slugs.Any(s => s.Length == 0))
        {
            return Envelope.Error("Empty slug in files: separate slugs with single commas.");
        }

        var result = new JsonObject();
        foreach (var slug in slugs)
        {
            result[slug] = Describe(slug);
        }

        return Envelope.Success(result);
    }

    private JsonObject Describe(string slug)
    {
        if (state.Files.Find(slug) is not (var id, var file))
        {
            return new JsonObject
            {
                ["id"] = "null",
                ["name"] = "null",
                ["slug"] = "null",
                ["size"] = "null",
                ["url"] = "null",
                ["status"] = "not found",
            };
        }

        return new JsonObject
        {
            ["id"] = id.ToString(CultureInfo.InvariantCulture),
            ["name"] = file.Name,
            ["slug"] = file.Slug,
            ["size"] = file.Size.ToString(CultureInfo.InvariantCulture),
            ["url"] = state.FileUrl(file.Slug),
            ["status"] = file.Status,
        };
    }
}
