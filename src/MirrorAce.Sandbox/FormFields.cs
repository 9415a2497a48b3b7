namespace MirrorAce.Sandbox;

/// <summary>Form fields in arrival order; a repeated field's last value wins, as in PHP's $_POST.</summary>
internal sealed class FormFields(List<KeyValuePair<string, string>> fields)
{
    public IReadOnlyList<KeyValuePair<string, string>> All => fields;

    public string? Last(string name) => fields.LastOrDefault(f => f.Key == name).Value;

    public static async Task<FormFields> ReadUrlEncodedAsync(HttpRequest request, RequestLog log, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        foreach (var (name, values) in form)
        {
            foreach (var value in values)
            {
                log.Fields.Add(new(name, value ?? ""));
            }
        }

        return new FormFields(log.Fields);
    }

    /// <summary>
    /// Reads a urlencoded API call (or a multipart one, when <paramref name="acceptMultipart"/>) and checks its
    /// credentials: the shared first steps of file/upload, file/info and the remote upload. Returns the form, or
    /// the refusal to answer with.
    /// </summary>
    public static async Task<(FormFields? Form, Envelope? Refusal)> ReadAuthenticatedAsync(HttpContext context, RequestLog log, SandboxOptions options,
        bool acceptMultipart = false)
    {
        var request = context.Request;
        var multipart = acceptMultipart && (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) ?? false);
        if ((RequestChecks.Method(request) ?? (multipart ? null : RequestChecks.UrlEncodedForm(request))) is { } refusal)
        {
            await Streams.DrainAsync(request.Body, context.RequestAborted);
            return (null, Envelope.Error(refusal));
        }

        var form = await ReadUrlEncodedAsync(request, log, context.RequestAborted);
        return RequestChecks.Credentials(options, form.Last("api_key"), form.Last("api_token")) is { } bad
            ? (null, Envelope.Error(bad))
            : (form, null);
    }
}
