namespace MirrorAce;

/// <summary>
/// The coded errors a run raises, one named method each (as MinVer's <c>Logger</c> and CliWrap's exception factories do):
/// the code, the words and the advice live here once. Advice that names a setting takes the door's own name for it
/// (<see cref="DoorTerms"/>) instead of being patched by the door afterwards.
/// </summary>
/// <remarks>
/// One file per concern: <c>Errors.Files.cs</c> (the local files), <c>Errors.Mirrors.cs</c>, <c>Errors.Inputs.cs</c>
/// (settings, URLs, credentials), <c>Errors.Server.cs</c> (the server's answers and the network), <c>Errors.Run.cs</c>
/// (the run as a whole). Text quoted from a server or an exception reaches these methods already redacted and printable.
/// </remarks>
public static partial class Errors;
