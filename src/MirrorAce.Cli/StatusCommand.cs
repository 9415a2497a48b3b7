using System.CommandLine;
using System.Text.Json;
using MirrorAce.Api;
using MirrorAce.Output;
using MirrorAce.Publishing;

namespace MirrorAce.Cli;

/// <summary><c>mirrorace status &lt;slug|url|links.json&gt;...</c>: what MirrorAce says of earlier uploads.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var items = new Argument<string[]>("slug-url-or-links-json") { Description = "Slugs, MirrorAce URLs, or links JSON files.", Arity = ArgumentArity.OneOrMore };
        var apiUrl = new Option<string>("--api-url") { Description = "The MirrorAce API root.", DefaultValueFactory = _ => MirrorAceClient.DefaultApiUrl.AbsoluteUri };
        var output = new OutputOptions();
        var command = new Command("status", "Report file/info for each link: active, removed, not found, or of another size than a links file says. Exit code 1 when any is not healthy.") { items, apiUrl };
        output.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var json = parse.GetValue(output.Json);
            List<(string Slug, string Label, long? Size)> wanted;
            MirrorAcePublisher publisher;
            try
            {
                var api = Uri.TryCreate(parse.GetValue(apiUrl), UriKind.Absolute, out var parsed) ? parsed : throw CommonOptions.Bad("--api-url is not an absolute URL");
                publisher = new MirrorAcePublisher(MirrorAceCredentials.FromEnvironment(), new Upload.UploadOptions { ApiUrl = api });
                wanted = (parse.GetValue(items) ?? []).SelectMany(Expand).ToList();
            }
            catch (MirrorAceException e)
            {
                ErrorLine.Write(Console.Error, e);
                return ExitCodes.BadInput;
            }
            IReadOnlyList<LinkHealth> checks;
            try
            {
                // The one health rule: active, and of the size a links file says it was uploaded with.
                checks = await publisher.CheckLinksAsync(wanted.Select(w => (w.Slug, w.Size)).ToList(), ct);
            }
            catch (MirrorAceException e)
            {
                ErrorLine.Write(Console.Error, e);
                return ct.IsCancellationRequested ? ExitCodes.Cancelled : e.Step == UploadStep.Validate ? ExitCodes.BadInput : ExitCodes.SomeFilesFailed;
            }
            var healthy = checks.All(c => c.Healthy);
            if (json)
                Console.Out.Write(StatusJson.Render(wanted.Select(w => w.Label).ToList(), checks));
            else if (wanted.Count == 0)
                Console.WriteLine("No links to check.");
            else
                LinkTable.Write(Console.Out, TextWriter.Null, wanted.Zip(checks, (w, c) => (w.Label, c)).ToList());
            return healthy ? ExitCodes.Success : ExitCodes.SomeFilesFailed;
        });
        return command;
    }

    private static IEnumerable<(string Slug, string Label, long? Size)> Expand(string item)
    {
        if (item.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            IReadOnlyList<Upload.UploadedFile> links;
            try { links = LinksJson.Parse(File.ReadAllText(item)); }
            catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
            {
                throw CommonOptions.Bad($"'{item}' cannot be read as a links JSON file ({e.Message})");
            }
            return links.Select(l => (l.Slug, l.Name, (long?)l.Size));
        }
        var slug = Uri.TryCreate(item, UriKind.Absolute, out var uri) ? uri.Segments[^1].Trim('/') : item.Trim();
        return slug.Length == 0 ? throw CommonOptions.Bad($"'{item}' names no slug") : [(slug, item, null)];
    }
}
