namespace MirrorAce.Upload;

/// <summary>The server's answers show it assembled something other than our file: start the file again.</summary>
internal sealed class AttemptFailedException(MirrorAceException error) : Exception(error.Message)
{
    public MirrorAceException Error { get; } = error;
}
