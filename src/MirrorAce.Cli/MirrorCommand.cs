using System.CommandLine;
using MirrorAce.Publishing;

namespace MirrorAce.Cli;

/// <summary><c>mirrorace mirror &lt;url&gt;...</c>: MirrorAce fetches already-published files itself; nothing is uploaded from here.</summary>
internal static class MirrorCommand
{
    public static Command Create()
    {
        var urls = new Argument<string[]>("url") { Description = "Public https URLs of files to mirror (release assets).", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var release = new ReleaseOptions();
        var outputOptions = new OutputOptions();
        var command = new Command("mirror", "Have MirrorAce fetch files from their URLs and mirror them (remote upload).") { urls };
        common.AddTo(command);
        release.AddTo(command);
        outputOptions.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var output = common.OutputOf(parse, outputOptions) with { Verify = parse.GetValue(release.Verify) };
            MirrorAcePublisher publisher;
            PublishRequest request;
            try
            {
                output.Checked();
                var (credentials, options) = common.Read(parse);
                publisher = new MirrorAcePublisher(credentials, options);
                var sources = new List<Uri>();
                foreach (var text in parse.GetValue(urls) ?? [])
                    sources.Add(Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw CommonOptions.Bad($"'{Http.UrlDisplay.Text(text)}' is not an absolute URL"));
                request = release.ApplyTo(common.Request(parse) with { Urls = sources }, parse);
            }
            catch (MirrorAceException e)
            {
                ErrorLine.Write(Console.Error, e);
                return ExitCodes.BadInput;
            }
            return await UploadCommand.RunAsync(publisher, request, output, ct);
        });
        return command;
    }
}
