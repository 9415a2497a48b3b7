using System.Text;

namespace MirrorAce;

/// <summary>
/// A failure the user can act on: a stable <see cref="Code"/>, the file and step it concerns,
/// the server's own words when it gave any, and what to do about it.
/// </summary>
/// <remarks>Messages never contain credentials or file passwords.</remarks>
public sealed class MirrorAceException : Exception
{
    /// <summary>Creates an error from the catalogue in <see cref="ErrorCodes"/>.</summary>
    public MirrorAceException(string code, string problem, string advice, string? filePath = null, UploadStep? step = null, string? serverMessage = null, Exception? inner = null)
        : base(Compose(problem, advice, filePath, step, serverMessage), inner)
    {
        Code = code;
        Problem = problem;
        Advice = advice;
        FilePath = filePath;
        Step = step;
        ServerMessage = serverMessage;
    }

    /// <summary>The stable error code, <c>MA1001</c> and so on.</summary>
    public string Code { get; }
    /// <summary>What went wrong, in one sentence.</summary>
    public string Problem { get; }
    /// <summary>What the user can do about it.</summary>
    public string Advice { get; }
    /// <summary>The local file (or URL) concerned, when there is one.</summary>
    public string? FilePath { get; }
    /// <summary>The step that failed, when known.</summary>
    public UploadStep? Step { get; }
    /// <summary>The server's own message, verbatim, when it sent one.</summary>
    public string? ServerMessage { get; }

    /// <summary>The same error attributed to a file (errors raised below the file level do not know it).</summary>
    public MirrorAceException WithFile(string filePath) =>
        FilePath is not null ? this : new MirrorAceException(Code, Problem, Advice, filePath, Step, ServerMessage, InnerException);

    /// <summary>The same error attributed to another file, whatever file it named.</summary>
    internal MirrorAceException ForFile(string filePath) => new(Code, Problem, Advice, filePath, Step, ServerMessage, InnerException);

    private static string Compose(string problem, string advice, string? filePath, UploadStep? step, string? serverMessage)
    {
        var text = new StringBuilder();
        if (filePath is not null) text.Append(filePath).Append(": ");
        text.Append(problem.TrimEnd('.')).Append('.');
        if (step is { } s) text.Append(" Step: ").Append(StepName(s)).Append('.');
        if (!string.IsNullOrEmpty(serverMessage)) text.Append(" Server said: \"").Append(serverMessage).Append("\".");
        if (!string.IsNullOrEmpty(advice)) text.Append(' ').Append(advice);
        return text.ToString();
    }

    internal static string StepName(UploadStep step) => step switch
    {
        UploadStep.Validate => "validating input",
        UploadStep.GetUploadVariables => "file/upload (upload variables)",
        UploadStep.UploadChunk => "sending file bytes",
        UploadStep.RemoteUpload => "remote URL upload",
        UploadStep.FileInfo => "file/info",
        UploadStep.Verify => "verifying the upload",
        _ => step.ToString(),
    };
}
