using System.CommandLine;
using MirrorAce.Publishing;

namespace MirrorAce.Cli;

/// <summary><c>mirrorace upload &lt;path-or-glob&gt;...</c>: the contract's command, one publish run.</summary>
internal static class UploadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path-or-glob")
        {
            Description = "Files to upload: paths, folders (every file beneath) or globs ('dist/**/*.zip'); '!pattern' leaves files out. May be left out with --mirror-release-assets or --verify.",
            // None is fine when the release's assets or a check of its links is the work (a CI step that only verifies).
            Arity = ArgumentArity.ZeroOrMore,
        };
        var chunkSize = new Option<long?>("--chunk-size") { Description = "Bytes per request, at most the server's max_chunk_size (default: the server's)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check everything (files, credentials, mirrors, limits) and print the plan; send no file bytes." };
        var split = new Option<bool>("--split") { Description = "Cut a file too large for the account into numbered parts (name.001, …) instead of refusing it." };
        var includeHidden = new Option<bool>("--include-hidden") { Description = "Let folders and globs match hidden files and folders (.git, .env); by default only an explicitly named one is uploaded." };
        var ifNoFilesFound = new Option<IfNoFilesFound>("--if-no-files-found") { Description = "A pattern that matches no file: error (refuse the run), warn or ignore.", DefaultValueFactory = _ => IfNoFilesFound.Error };
        var checksums = new Option<bool>("--checksums") { Description = "Also upload a SHA256SUMS manifest of the files (with --release-tag: of every file the release lists), for 'sha256sum -c'." };
        var common = new CommonOptions();
        var release = new ReleaseOptions();
        var output = new OutputOptions();
        var command = new Command("upload", "Upload files to MirrorAce. Credentials come from MIRRORACE_API_KEY and MIRRORACE_API_TOKEN.")
        {
            paths, chunkSize, dryRun, split, includeHidden, ifNoFilesFound, checksums,
        };
        common.AddTo(command);
        release.AddTo(command);
        output.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var run = common.OutputOf(parse, output) with { DryRun = parse.GetValue(dryRun), Verify = parse.GetValue(release.Verify) };
            MirrorAcePublisher publisher;
            PublishRequest request;
            try
            {
                run.Checked();
                if ((parse.GetValue(paths) ?? []).Length == 0 && !parse.GetValue(release.MirrorAssets) && !parse.GetValue(release.Verify))
                    throw NothingToDo();
                if (InputRules.ChunkSize(parse.GetValue(chunkSize), "--chunk-size") is { } problem) throw problem;
                var (credentials, options) = common.Read(parse);
                publisher = new MirrorAcePublisher(credentials, options with { ChunkSize = parse.GetValue(chunkSize), Split = parse.GetValue(split) });
                request = release.ApplyTo(common.Request(parse) with
                {
                    Files = parse.GetValue(paths) ?? [],
                    IncludeHidden = parse.GetValue(includeHidden),
                    IfNoFilesFound = parse.GetValue(ifNoFilesFound),
                    DryRun = parse.GetValue(dryRun),
                    Checksums = parse.GetValue(checksums),
                }, parse);
            }
            catch (MirrorAceException e)
            {
                ErrorLine.Write(Console.Error, e);
                return ExitCodes.BadInput;
            }
            return await RunAsync(publisher, request, run, ct);
        });
        return command;
    }

    private static MirrorAceException NothingToDo() =>
        new(ErrorCodes.InvalidArgument, "There is nothing to do: no path or glob names a file to upload, and neither --mirror-release-assets nor --verify asks for other work",
            "Name the files to upload, e.g. mirrorace upload 'dist/*.zip'; or add --verify or --mirror-release-assets with --release-tag.", step: UploadStep.Validate);

    /// <summary>Runs <paramref name="request"/> with progress on stderr and reports it; <c>mirror</c> runs through here too.</summary>
    public static async Task<int> RunAsync(MirrorAcePublisher publisher, PublishRequest request, RunOutput output, CancellationToken ct)
    {
        // Progress is not a result: it goes to stderr, redrawn in place when stderr is a terminal.
        var progress = output.Quiet ? new ConsoleProgress(TextWriter.Null, live: false)
            : new ConsoleProgress(output.Stderr, live: !Console.IsErrorRedirected && !request.DryRun, SafeConsoleWriter.RawError);
        var result = await publisher.RunAsync(request, progress, ct);
        progress.Finish();
        return await RunReport.WriteAsync(result, output, ct.IsCancellationRequested);
    }
}
