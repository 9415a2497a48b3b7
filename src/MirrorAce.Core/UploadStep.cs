namespace MirrorAce;

/// <summary>Where in an upload something happened; error messages name it.</summary>
public enum UploadStep
{
    /// <summary>Checking the local file and the options before anything is sent.</summary>
    Validate,
    /// <summary>Asking <c>file/upload</c> for upload variables.</summary>
    GetUploadVariables,
    /// <summary>Sending the file's bytes to <c>server_file</c>.</summary>
    UploadChunk,
    /// <summary>Asking the server to fetch a URL through <c>server_remote</c>.</summary>
    RemoteUpload,
    /// <summary>Asking <c>file/info</c> about slugs.</summary>
    FileInfo,
    /// <summary>Checking the finished upload against the local file.</summary>
    Verify,
}
