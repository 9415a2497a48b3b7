using System.CommandLine;
using MirrorAce.Files;
using MirrorAce.Output;
using MirrorAce.Upload;

namespace MirrorAce.Cli;

/// <summary><c>mirrorace upload &lt;path-or-glob&gt;...</c>: the contract's command.</summary>
internal static class UploadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path-or-glob")
        {
            Description = "Files to upload: paths or globs ('dist/**/*.zip'); '!pattern' leaves files out.",
            Arity = ArgumentArity.OneOrMore,
        };
        var chunkSize = new Option<long?>("--chunk-size") { Description = "Bytes per request, at most the server's max_chunk_size (default: the server's)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check everything (files, credentials, mirrors, limits) and print the plan; send no file bytes." };
        var split = new Option<bool>("--split") { Description = "Cut a file too large for the account into numbered parts (name.001, …) instead of refusing it." };
        var includeHidden = new Option<bool>("--include-hidden") { Description = "Let folders and globs match hidden files and folders (.git, .env); by default only an explicitly named one is uploaded." };
        var common = new CommonOptions();
        var output = new OutputOptions();
        var command = new Command("upload", "Upload files to MirrorAce. Credentials come from MIRRORACE_API_KEY and MIRRORACE_API_TOKEN.")
        {
            paths, chunkSize, dryRun, split, includeHidden,
        };
        common.AddTo(command);
        output.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(parse, common, output, parse.GetValue(paths) ?? [], parse.GetValue(chunkSize), parse.GetValue(dryRun), parse.GetValue(split), parse.GetValue(includeHidden), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CommonOptions common, OutputOptions outputOptions, string[] patterns, long? chunkSize, bool dryRun, bool split, bool includeHidden,
        CancellationToken ct)
    {
        var stderr = Console.Error;
        var output = common.OutputOf(parse, outputOptions);
        // Progress is not a result: it goes to stderr, redrawn in place when stderr is a terminal.
        var progress = output.Quiet ? new ConsoleProgress(TextWriter.Null, live: false)
            : new ConsoleProgress(stderr, live: !Console.IsErrorRedirected, SafeConsoleWriter.RawError);
        MirrorAceUploader uploader;
        FileSelectionResult selection;
        try
        {
            output.Checked();
            if (chunkSize is < 1) throw CommonOptions.Bad("--chunk-size must be a positive number of bytes");
            selection = FileSelection.Resolve(patterns, Environment.CurrentDirectory, includeHidden);
            IUploadListener listener = progress;
            if (!dryRun && output.LinksJsonFile is { } linksPath)
                listener = new LinksCheckpoint(linksPath, selection.Files, progress);
            var (credentials, options) = common.Read(parse, listener);
            uploader = new MirrorAceUploader(credentials, options with { ChunkSize = chunkSize, Split = split });
        }
        catch (MirrorAceException e)
        {
            ErrorLine.Write(stderr, e);
            return ExitCodes.BadInput;
        }
        if (selection.Unmatched.Count > 0)
        {
            foreach (var pattern in selection.Unmatched)
                ErrorLine.Write(stderr, ErrorCodes.NoFilesMatched, $"{pattern}: no file matches this pattern. Check the pattern and that the files were built; nothing was uploaded.");
            return ExitCodes.BadInput;
        }

        var requests = selection.Files.Select(f => new UploadRequest(f)).ToList();
        if (dryRun)
        {
            var plan = await uploader.PlanAsync(requests, ct);
            var planned = PlanReport.Write(plan, output.Results, stderr);
            return ct.IsCancellationRequested ? ExitCodes.Cancelled : planned;
        }

        var results = await uploader.UploadAsync(requests, ct);
        progress.Finish();
        return await RunReport.WriteAsync(results, output, ct.IsCancellationRequested);
    }
}
