using System.CommandLine;
using MirrorAce.Cli;

var root = new RootCommand("mirrorace: upload release artifacts to MirrorAce, which mirrors them to many file hosts.")
{
    UploadCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
