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
}
