using System.Runtime.InteropServices;
using MirrorAce.Action;

// The runner stops a cancelled step's container with SIGTERM (docker stop): the upload is then
// cancelled, and the links of the files already uploaded are still written.
using var cancel = new CancellationTokenSource();
void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    cancel.Cancel();
}
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);

var action = new UploadAction(ActionInputs.FromEnvironment(), GitHubContext.FromEnvironment(), new WorkflowCommands(Console.Out));
return await action.RunAsync(cancel.Token);
