using System.CommandLine;
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
};

// Ctrl+C and a runner's SIGTERM cancel the run; the command then reports what finished and what did not,
// writes the links it has, and exits 130. (System.CommandLine's own handling would exit before that.)
using var interrupt = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
var parse = root.Parse(args);
if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
{
    // Exit code 2 for a command line that cannot run, as for any other input refused before sending.
    var command = parse.CommandResult.Command is RootCommand ? "" : " " + parse.CommandResult.Command.Name;
    foreach (var error in parse.Errors)
        ErrorLine.Write(Console.Error, MirrorAce.ErrorCodes.InvalidArgument, $"{error.Message} Run 'mirrorace{command} --help' for the options.");
    return ExitCodes.BadInput;
}
return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, interrupt.Token);

void Interrupt(PosixSignalContext context)
{
    context.Cancel = true;
    interrupt.Cancel();
}
