using System.CommandLine;
using MirrorAce.Upload;

namespace MirrorAce.Cli;

/// <summary><c>mirrorace mirror &lt;url&gt;...</c>: MirrorAce fetches already-published files itself; nothing is uploaded from here.</summary>
internal static class MirrorCommand
{
    public static Command Create()
    {
        var urls = new Argument<string[]>("url") { Description = "Public https URLs of files to mirror (release assets).", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var command = new Command("mirror", "Have MirrorAce fetch files from their URLs and mirror them (remote upload).") { urls };
        common.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var progress = new ConsoleProgress(Console.Out, live: false);
            MirrorAceUploader uploader;
            var sources = new List<Uri>();
            try
            {
                var (credentials, options) = common.Read(parse, progress);
                uploader = new MirrorAceUploader(credentials, options);
                foreach (var text in parse.GetValue(urls) ?? [])
                    sources.Add(Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw CommonOptions.Bad($"'{text}' is not an absolute URL"));
            }
            catch (MirrorAceException e)
            {
                ErrorLine.Write(Console.Error, e);
                return ExitCodes.BadInput;
            }
            var results = await uploader.MirrorUrlsAsync(sources, ct);
            return await RunReport.WriteAsync(results, parse.GetValue(common.LinksJson), parse.GetValue(common.LinksMarkdown), Console.Out, Console.Error, ct.IsCancellationRequested);
        });
        return command;
    }
}
