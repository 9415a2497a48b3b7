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
        var outputOptions = new OutputOptions();
        var command = new Command("mirror", "Have MirrorAce fetch files from their URLs and mirror them (remote upload).") { urls };
        common.AddTo(command);
        outputOptions.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var output = common.OutputOf(parse, outputOptions);
            var progress = new ConsoleProgress(output.Notices, live: false);
            MirrorAceUploader uploader;
            var sources = new List<Uri>();
            try
            {
                output.Checked();
                var (credentials, options) = common.Read(parse, progress);
                uploader = new MirrorAceUploader(credentials, options);
                foreach (var text in parse.GetValue(urls) ?? [])
                    sources.Add(Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw CommonOptions.Bad($"'{Http.UrlDisplay.Text(text)}' is not an absolute URL"));
            }
            catch (MirrorAceException e)
            {
                ErrorLine.Write(Console.Error, e);
                return ExitCodes.BadInput;
            }
            var results = await uploader.MirrorUrlsAsync(sources, ct);
            return await RunReport.WriteAsync(results, output, ct.IsCancellationRequested);
        });
        return command;
    }
}
