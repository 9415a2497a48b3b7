using System.CommandLine;
using System.Runtime.InteropServices;
using MirrorAce.Cli;

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
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, interrupt.Token);

void Interrupt(PosixSignalContext context)
{
    context.Cancel = true;
    interrupt.Cancel();
}
