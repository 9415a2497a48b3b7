using System.CommandLine;
using System.CommandLine.Help;
using System.Runtime.InteropServices;
using MirrorAce.Cli;

// Every line printed passes through one writer that makes file names and server words printable (and inert under GitHub Actions).
var (safeOut, safeError) = SafeConsoleWriter.Install();
using var flushOut = safeOut;
using var flushError = safeError;
var root = new RootCommand("mirrorace: upload release artifacts to MirrorAce, which mirrors them to many file hosts.")
{
    UploadCommand.Create(),
    MirrorCommand.Create(),
    StatusCommand.Create(),
    CompletionCommand.Create(),
};

// Ctrl+C and a runner's SIGTERM cancel the run; the command then reports what finished and what did not,
// writes the links it has, and exits 130. (System.CommandLine's own handling would exit before that.)
using var interrupt = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
var parse = root.Parse(args);
var command = parse.CommandResult.Command is RootCommand ? "" : " " + parse.CommandResult.Command.Name;
if (parse.Action is HelpAction)
{
    var shown = await parse.InvokeAsync(new InvocationConfiguration(), interrupt.Token);
    HelpExamples.Write(Console.Out, parse.CommandResult.Command.Name);
    return shown;
}
if (UnknownOptions.Find(parse) is { } unknown)
{
    // Before the parser's own errors: a typo otherwise shows up as a missing file or a missing argument.
    ErrorLine.Write(Console.Error, MirrorAce.ErrorCodes.InvalidArgument, UnknownOptions.Message(parse, unknown));
    return ExitCodes.BadInput;
}
if (parse.Errors.Count > 0)
{
    // Exit code 2 for a command line that cannot run, as for any other input refused before sending.
    foreach (var error in parse.Errors)
        ErrorLine.Write(Console.Error, MirrorAce.ErrorCodes.InvalidArgument, $"{error.Message} Run 'mirrorace{command} --help' for the options.");
    return ExitCodes.BadInput;
}
try
{
    return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, interrupt.Token);
}
catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
{
    // A step with no per-file report to give (a dry run, status) stopped by Ctrl+C: still the README's 130.
    ErrorLine.Write(Console.Error, MirrorAce.ErrorCodes.Cancelled, $"mirrorace{command} was interrupted before it finished. Run it again when ready.");
    return ExitCodes.Cancelled;
}
catch (MirrorAce.MirrorAceException e)
{
    // A refusal no command turned into a per-file report: still one coded line, not a stack trace.
    ErrorLine.Write(Console.Error, e);
    return interrupt.IsCancellationRequested ? ExitCodes.Cancelled : e.Step == MirrorAce.UploadStep.Validate ? ExitCodes.BadInput : ExitCodes.SomeFilesFailed;
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // A bug of ours: exit 1 as System.CommandLine's own handler did, not a runtime abort (134) the README does not list.
    Console.Error.WriteLine($"mirrorace: unexpected error, please report it: {e}");
    return ExitCodes.SomeFilesFailed;
}

void Interrupt(PosixSignalContext context)
{
    context.Cancel = true;
    interrupt.Cancel();
}
